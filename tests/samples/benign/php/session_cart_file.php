<?php
/**
 * Shopping cart kept in a per-session text file; the session id names the file.
 *
 * @package Shop
 */
session_start();
$cart_file = __DIR__ . '/carts/' . preg_replace('/[^a-zA-Z0-9,-]/', '', session_id()) . '.json';
$cart = is_file($cart_file) ? json_decode(file_get_contents($cart_file), true) : array();
if (isset($_POST['add'])) {
    $cart[] = (int) $_POST['add'];
    file_put_contents($cart_file, json_encode($cart));
}
setcookie('cart_session', session_id(), 0, '/', '', true, true);
echo 'Items in cart: ' . count($cart) . ' (session ' . htmlspecialchars(substr(session_id(), 0, 8)) . ')';
