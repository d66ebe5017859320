<?php
/**
 * Media upload: extension allow-list, sanitized file name, stored outside the web root.
 */
$allowed = array('jpg', 'jpeg', 'png', 'gif', 'webp');
if (!isset($_FILES['media']) || $_FILES['media']['error'] !== UPLOAD_ERR_OK) {
    exit('no file');
}
$ext = strtolower(pathinfo($_FILES['media']['name'], PATHINFO_EXTENSION));
if (!in_array($ext, $allowed, true)) {
    exit('type not allowed');
}
$safe = preg_replace('/[^a-z0-9_-]/i', '', pathinfo($_FILES['media']['name'], PATHINFO_FILENAME));
$dest = '/var/lib/app/media/' . basename($safe . '.' . $ext);
move_uploaded_file($_FILES['media']['tmp_name'], $dest);
echo htmlspecialchars($safe, ENT_QUOTES);
