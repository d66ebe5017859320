<?php
// a small club site's sign-up form: the account is stored with a hashed password, the member gets
// a welcome mail at the address they gave, and the secretary a notice without any password
$email = filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL);
$password = (string) ($_POST['password'] ?? '');
if ($email === false || strlen($password) < 10) {
    exit('Please give an e-mail address and a password of at least ten characters.');
}
$db = new PDO('sqlite:' . __DIR__ . '/../data/members.sqlite');
$db->prepare('INSERT INTO members (email, hash) VALUES (?, ?)')->execute([$email, password_hash($password, PASSWORD_DEFAULT)]);
mail($email, 'Welcome to the club', "Your account is ready. Sign in with your e-mail address.\n");
mail('secretary@example.org', 'New member', 'A new member signed up: ' . $email . "\n");
echo 'Thank you.';
