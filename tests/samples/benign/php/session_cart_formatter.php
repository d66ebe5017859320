<?php
// A shop page formats the cart total kept in the session through a formatter chosen from a fixed
// list by the site's locale setting.
session_start();
$formatters = ['en' => 'number_format', 'raw' => 'strval'];
$locale = defined('SHOP_LOCALE') ? SHOP_LOCALE : 'en';
$format = $formatters[$locale] ?? 'strval';
$total = $_SESSION['cart_total'] ?? 0;
echo '<p>Total: ' . htmlspecialchars($format($_SESSION['cart_total'] ?? 0)) . '</p>';
