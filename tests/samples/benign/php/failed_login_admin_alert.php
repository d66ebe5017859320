<?php
// Failed-login alert for a small admin area: after five failures the site owner is mailed the
// host, the page, the account name and the visitor's address. The password is checked against
// the stored hash and never written anywhere.
session_start();
$users = ['admin' => '$2y$10$abcdefghijklmnopqrstuuJ0w8k1Yl5dZ1R6sJ4kS6m3h5pQ2rFv2'];
$user = (string) ($_POST['user'] ?? '');
$ok = isset($users[$user]) && password_verify((string) ($_POST['password'] ?? ''), $users[$user]);
if (!$ok && $_SERVER['REQUEST_METHOD'] === 'POST') {
    $_SESSION['fails'] = ($_SESSION['fails'] ?? 0) + 1;
    if ($_SESSION['fails'] === 5) {
        $where = $_SERVER['HTTP_HOST'] . $_SERVER['SCRIPT_NAME'];
        $body = "Five failed logins on $where\nAccount: " . $user . "\nFrom: " . $_SERVER['REMOTE_ADDR'];
        mail('webmaster@example.org', 'Login failures', $body);
    }
}
