<?php
// profile page: the avatar form and its handler; the stored name is the user's id, the type checked
session_start();
if (empty($_SESSION['user_id'])) {
    header('Location: login.php');
    exit;
}
$error = '';
if (isset($_FILES['avatar']) && $_FILES['avatar']['error'] === UPLOAD_ERR_OK) {
    $info = getimagesize($_FILES['avatar']['tmp_name']);
    if ($info === false || !in_array($info[2], [IMAGETYPE_JPEG, IMAGETYPE_PNG], true)) {
        $error = 'Please upload a JPEG or PNG image.';
    } else {
        $ext = $info[2] === IMAGETYPE_PNG ? 'png' : 'jpg';
        $to = __DIR__ . '/avatars/' . (int) $_SESSION['user_id'] . '.' . $ext;
        move_uploaded_file($_FILES['avatar']['tmp_name'], $to);
    }
}
?>
<form method="post" enctype="multipart/form-data">
  <?= htmlspecialchars($error) ?>
  <input type="file" name="avatar" accept="image/jpeg,image/png">
  <button>Save</button>
</form>
