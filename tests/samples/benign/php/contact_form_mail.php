<?php
/**
 * Contact form handler with validation, honeypot and rate limiting.
 */
session_start();

$errors = [];
$sent = false;
$to = 'contact@example.invalid';

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    if (!hash_equals($_SESSION['csrf'] ?? '', $_POST['csrf'] ?? '')) {
        $errors[] = 'Your session expired, please try again.';
    }
    if (!empty($_POST['website'])) {
        $errors[] = 'Spam detected.';
    }
    if (($_SESSION['last_mail'] ?? 0) > time() - 60) {
        $errors[] = 'Please wait a minute before sending another message.';
    }
    $name = trim((string) ($_POST['name'] ?? ''));
    $email = filter_var(trim((string) ($_POST['email'] ?? '')), FILTER_VALIDATE_EMAIL);
    $message = trim((string) ($_POST['message'] ?? ''));
    if ($name === '' || preg_match('/[\r\n]/', $name)) {
        $errors[] = 'Please enter your name.';
    }
    if ($email === false) {
        $errors[] = 'Please enter a valid email address.';
    }
    if (mb_strlen($message) < 10 || mb_strlen($message) > 5000) {
        $errors[] = 'Your message must be between 10 and 5000 characters.';
    }
    if (!$errors) {
        $subject = '=?UTF-8?B?' . base64_encode('Contact form: ' . $name) . '?=';
        $headers = [
            'From' => 'website@example.invalid',
            'Reply-To' => $email,
            'Content-Type' => 'text/plain; charset=UTF-8',
        ];
        $sent = mail($to, $subject, wordwrap($message, 70), $headers);
        $_SESSION['last_mail'] = time();
    }
}
$_SESSION['csrf'] = $_SESSION['csrf'] ?? bin2hex(random_bytes(16));
?>
<form method="post" action="">
  <input type="hidden" name="csrf" value="<?= htmlspecialchars($_SESSION['csrf']) ?>">
  <input type="text" name="website" class="hp" tabindex="-1" autocomplete="off">
  <label>Name <input name="name" required></label>
  <label>Email <input type="email" name="email" required></label>
  <label>Message <textarea name="message" required></textarea></label>
  <button type="submit">Send</button>
</form>
<?php foreach ($errors as $e): ?><p class="error"><?= htmlspecialchars($e) ?></p><?php endforeach; ?>
<?php if ($sent): ?><p class="ok">Thank you, we will get back to you.</p><?php endif; ?>
