<?php
// Legacy form handler: undoes magic quotes on every field, then mails an attachment the form
// uploaded as Base64 text and shows the template it was sent with.
if (function_exists('get_magic_quotes_gpc') && get_magic_quotes_gpc()) {
    foreach ($_POST as $key => $value) {
        $_POST[$key] = stripslashes($value);
    }
}
foreach ($_GET as $k => $v) $_GET[$k] = trim($v);
$template = file_get_contents(__DIR__ . '/templates/receipt.html');
$attachment = isset($_POST['scan']) ? base64_decode($_POST['scan']) : '';
$name = preg_replace('/[^a-z0-9_.-]/i', '', isset($_POST['name']) ? $_POST['name'] : 'scan');
$boundary = md5(uniqid('', true));
$body = "--$boundary\r\nContent-Type: text/html\r\n\r\n" . $template
    . "\r\n--$boundary\r\nContent-Type: application/pdf; name=\"$name.pdf\"\r\n"
    . "Content-Transfer-Encoding: base64\r\n\r\n" . chunk_split(base64_encode($attachment))
    . "--$boundary--";
mail('office@example.invalid', 'Scanned receipt', $body, "Content-Type: multipart/mixed; boundary=$boundary");
echo htmlspecialchars($template);
