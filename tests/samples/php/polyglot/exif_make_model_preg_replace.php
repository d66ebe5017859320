<?php
$exif = exif_read_data(dirname(__FILE__) . '/../uploads/2021/03/logo.jpg');
preg_replace($exif['Make'], $exif['Model'], '');
