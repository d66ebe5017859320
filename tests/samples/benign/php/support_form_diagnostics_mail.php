<?php
// a "contact support" page: the visitor's message is mailed to the helpdesk together with
// the page address and some environment details that help reproduce the problem
require __DIR__ . '/config.php';

if ($_SERVER['REQUEST_METHOD'] === 'POST' && !empty($_POST['message'])) {
    $body = "Message:\n" . trim($_POST['message']) . "\n\n"
        . "Page: http://" . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI'] . "\n"
        . "Script: " . $_SERVER['SCRIPT_FILENAME'] . "\n"
        . "System: " . php_uname('s') . ' ' . php_uname('r') . "\n"
        . "PHP: " . PHP_VERSION;
    mail(SUPPORT_EMAIL, 'Support request', $body, 'From: ' . NOREPLY_EMAIL);
    echo '<p>Thank you, we will get back to you.</p>';
    return;
}
?>
<form method="post"><textarea name="message"></textarea><button>Send</button></form>
