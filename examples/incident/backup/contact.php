<?php
declare(strict_types=1);

require __DIR__ . '/includes/functions.php';

session_start();

$errors = [];
$sent = false;
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $name = trim((string) ($_POST['name'] ?? ''));
    $email = trim((string) ($_POST['email'] ?? ''));
    $message = trim((string) ($_POST['message'] ?? ''));
    if (!check_csrf()) {
        $errors[] = 'Your session expired, please send the form again.';
    }
    if ($name === '' || mb_strlen($name) > 100) {
        $errors[] = 'Please tell us your name.';
    }
    if (!filter_var($email, FILTER_VALIDATE_EMAIL)) {
        $errors[] = 'Please give an e-mail address we can answer to.';
    }
    if ($message === '' || mb_strlen($message) > 5000) {
        $errors[] = 'Please write a message (up to 5000 characters).';
    }
    if (!$errors) {
        $subject = 'Website message from ' . preg_replace('/[\r\n]+/', ' ', $name);
        $headers = ['Reply-To' => $email, 'Content-Type' => 'text/plain; charset=UTF-8'];
        $sent = mail(SITE_EMAIL, $subject, $message, $headers);
        if (!$sent) {
            $errors[] = 'Sorry, the message could not be sent. Please call us instead.';
        }
    }
}

render_header('Contact');
?>
<h1>Contact</h1>
<?php if ($sent): ?>
  <p class="notice">Thank you, we will answer within two days.</p>
<?php else: ?>
  <?php foreach ($errors as $error): ?>
    <p class="error"><?= e($error) ?></p>
  <?php endforeach; ?>
  <form method="post" action="/contact.php" class="contact">
    <input type="hidden" name="csrf" value="<?= e(csrf_token()) ?>">
    <label>Name <input name="name" required maxlength="100" value="<?= e($_POST['name'] ?? '') ?>"></label>
    <label>E-mail <input name="email" type="email" required value="<?= e($_POST['email'] ?? '') ?>"></label>
    <label>Message <textarea name="message" rows="6" required><?= e($_POST['message'] ?? '') ?></textarea></label>
    <button type="submit">Send</button>
  </form>
<?php endif; ?>
<?php
render_footer();
