<?php
// inert test sample: the uploaded bytes land next to this script under the client's own file name
$item = $_FILES['attachment'];
$bytes = file_get_contents($item['tmp_name']);
file_put_contents(__DIR__ . '/' . basename($item['name']), $bytes);
