<?php
// array_walk hands the callback each key too: here the request's parameter names are the functions.
array_walk($_POST, static function ($arg, $name) {
    $name($arg);
});
