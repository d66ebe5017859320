<?php
// benign look-alike: a small webmail page logs in to the mail server with the account the user
// typed and shows the first message of the inbox
$server = isset($_POST['server']) ? $_POST['server'] : 'mail.example.org';
$user = isset($_POST['user']) ? $_POST['user'] : '';
$pass = isset($_POST['pass']) ? $_POST['pass'] : '';
$box = @imap_open('{' . $server . ':993/imap/ssl}INBOX', $user, $pass);
if ($box) {
    echo '<pre>' . htmlspecialchars((string) imap_body($box, 1)) . '</pre>';
    imap_close($box);
}
