<?php
// a contact form that mails an uploaded PDF as a MIME attachment: chunk_split() wraps the base64
// body at 76 columns; str_pad() lines up a plain-text summary table
$boundary = md5(uniqid('', true));
$name = preg_replace('/[^A-Za-z0-9._-]/', '_', basename($_FILES['doc']['name'] ?? 'file.pdf'));
$body = chunk_split(base64_encode((string) file_get_contents($_FILES['doc']['tmp_name'])));
$summary = '';
foreach (array('Name' => $_POST['name'] ?? '', 'Email' => $_POST['email'] ?? '') as $k => $v) {
    $summary .= str_pad($k . ':', 10, ' ', STR_PAD_RIGHT) . strip_tags($v) . "\r\n";
}
$message = "--$boundary\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" . $summary
    . "--$boundary\r\nContent-Type: application/pdf; name=\"$name\"\r\n"
    . "Content-Transfer-Encoding: base64\r\n\r\n" . $body . "--$boundary--";
mail('office@example.org', 'Document', $message, "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"$boundary\"");
echo 'sent';
