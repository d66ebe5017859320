<?php
/**
 * Media library connector: lists, uploads, renames and deletes files inside the
 * site's media directory. Requires a logged-in editor and a valid CSRF token.
 */
declare(strict_types=1);

require __DIR__ . '/../bootstrap.php';

use App\Auth\Session;
use App\Http\JsonResponse;

$session = Session::start();
if (!$session->isLoggedIn() || !$session->user()->can('manage_media')) {
    JsonResponse::error(403, 'Forbidden')->send();
    exit;
}
if (!hash_equals($session->csrfToken(), (string) ($_POST['_token'] ?? ''))) {
    JsonResponse::error(419, 'Invalid token')->send();
    exit;
}

const MEDIA_ROOT = __DIR__ . '/../public/media';
const ALLOWED_EXT = ['jpg', 'jpeg', 'png', 'gif', 'webp', 'pdf', 'txt'];
const ALLOWED_CMDS = ['list', 'upload', 'rename', 'delete', 'mkdir'];

function media_path(string $rel): string
{
    $root = realpath(MEDIA_ROOT);
    $full = realpath($root . '/' . ltrim($rel, '/')) ?: $root . '/' . ltrim($rel, '/');
    $dir = realpath(dirname($full));
    if ($dir === false || strncmp($dir, $root, strlen($root)) !== 0) {
        throw new RuntimeException('Path outside the media directory');
    }
    return $full;
}

function allowed_name(string $name): bool
{
    $ext = strtolower(pathinfo($name, PATHINFO_EXTENSION));
    return in_array($ext, ALLOWED_EXT, true) && preg_match('/^[\w\-. ]{1,120}$/', $name) === 1;
}

$cmd = (string) ($_POST['cmd'] ?? 'list');
if (!in_array($cmd, ALLOWED_CMDS, true)) {
    JsonResponse::error(400, 'Unknown command')->send();
    exit;
}

try {
    switch ($cmd) {
        case 'list':
            $dir = media_path((string) ($_POST['dir'] ?? ''));
            $items = [];
            foreach (scandir($dir) ?: [] as $entry) {
                if ($entry[0] === '.') {
                    continue;
                }
                $items[] = ['name' => $entry, 'dir' => is_dir($dir . '/' . $entry), 'size' => filesize($dir . '/' . $entry), 'mtime' => filemtime($dir . '/' . $entry)];
            }
            JsonResponse::ok(['items' => $items])->send();
            break;
        case 'upload':
            $dir = media_path((string) ($_POST['dir'] ?? ''));
            $file = $_FILES['file'] ?? null;
            if ($file === null || $file['error'] !== UPLOAD_ERR_OK || !allowed_name($file['name'])) {
                throw new RuntimeException('Upload rejected');
            }
            $finfo = new finfo(FILEINFO_MIME_TYPE);
            if (str_starts_with((string) $finfo->file($file['tmp_name']), 'text/x-php')) {
                throw new RuntimeException('Upload rejected');
            }
            $target = $dir . '/' . bin2hex(random_bytes(8)) . '-' . basename($file['name']);
            move_uploaded_file($file['tmp_name'], $target);
            chmod($target, 0644);
            JsonResponse::ok(['name' => basename($target)])->send();
            break;
        case 'rename':
            $from = media_path((string) $_POST['from']);
            $to = (string) $_POST['to'];
            if (!allowed_name($to)) {
                throw new RuntimeException('Name rejected');
            }
            rename($from, dirname($from) . '/' . basename($to));
            JsonResponse::ok([])->send();
            break;
        case 'delete':
            $path = media_path((string) $_POST['path']);
            is_dir($path) ? rmdir($path) : unlink($path);
            JsonResponse::ok([])->send();
            break;
        case 'mkdir':
            $dir = media_path((string) ($_POST['dir'] ?? ''));
            $name = (string) $_POST['name'];
            if (!preg_match('/^[\w\-]{1,64}$/', $name)) {
                throw new RuntimeException('Name rejected');
            }
            mkdir($dir . '/' . $name, 0755);
            JsonResponse::ok([])->send();
            break;
    }
} catch (RuntimeException $e) {
    JsonResponse::error(400, $e->getMessage())->send();
}
