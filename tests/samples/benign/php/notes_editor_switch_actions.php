<?php
/**
 * Notes panel: an editor creates, saves and deletes plain-text notes in the
 * application's data directory. Every action cleans the requested note name
 * inside its own case before the file is touched.
 */
require __DIR__ . '/../bootstrap.php';

if (empty($_SESSION['editor_id'])) {
    http_response_code(403);
    exit('Forbidden');
}

$notesDir = __DIR__ . '/../data/notes/';
$name = isset($_POST['note']) ? $_POST['note'] : '';
$body = isset($_POST['body']) ? $_POST['body'] : '';

if (isset($_GET['action'])) {
    switch ($_GET['action']) {
        case 'create':
            $name = preg_replace('/[^A-Za-z0-9_-]/', '', $name) . '.txt';
            if (file_exists($notesDir . $name)) {
                echo json_encode(['error' => 'exists']);
                exit;
            }
            file_put_contents($notesDir . $name, $body);
            echo json_encode(['ok' => true, 'note' => $name]);
            break;

        case 'save':
            $name = preg_replace('/[^A-Za-z0-9_-]/', '', $name) . '.txt';
            $body = str_replace("\r\n", "\n", $body);
            file_put_contents($notesDir . $name, $body, LOCK_EX);
            echo json_encode(['ok' => true]);
            break;

        case 'delete':
            $name = preg_replace('/[^A-Za-z0-9_-]/', '', $name) . '.txt';
            if (is_file($notesDir . $name)) {
                unlink($notesDir . $name);
            }
            echo json_encode(['ok' => true]);
            break;

        default:
            http_response_code(400);
            echo json_encode(['error' => 'unknown action']);
    }
}
