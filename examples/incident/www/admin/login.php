<?php
declare(strict_types=1);

require __DIR__ . '/../includes/functions.php';

session_start();

$error = '';
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $user = (string) ($_POST['user'] ?? '');
    $password = (string) ($_POST['password'] ?? '');
    if (hash_equals(ADMIN_USER, $user) && password_verify($password, ADMIN_PASSWORD_HASH)) {
        session_regenerate_id(true);
        $_SESSION['admin'] = $user;
        header('Location: /admin/index.php');
        exit;
    }
    $error = 'Wrong user name or password.';
}

render_header('Staff login');
?>
<h1>Staff login</h1>
<?php if ($error !== ''): ?>
  <p class="error"><?= e($error) ?></p>
<?php endif; ?>
<form method="post" action="/admin/login.php" class="login">
  <label>User <input name="user" autocomplete="username" required></label>
  <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
  <button type="submit">Log in</button>
</form>
<?php
render_footer();
