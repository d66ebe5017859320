<?php
// Every admin page starts with this: no session, no admin.

declare(strict_types=1);

require_once __DIR__ . '/../includes/functions.php';

session_start();

if (empty($_SESSION['admin'])) {
    header('Location: /admin/login.php');
    exit;
}
