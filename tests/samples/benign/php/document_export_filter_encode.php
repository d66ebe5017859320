<?php
// Sends a stored manual as Base64 text for the legacy client, and a short notice read through a
// filter from inline data (the notice is plain text, never code).
header('Content-Type: text/plain');
readfile('php://filter/read=convert.base64-encode/resource=' . __DIR__ . '/docs/manual.pdf');
echo "\n", file_get_contents('php://filter/read=string.toupper/resource=data:text/plain,end%20of%20export');
