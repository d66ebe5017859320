<?php
// benign look-alike: a translation helper takes a format and any arguments through
// func_get_args() and calls sprintf on them, given the request's page number
function t()
{
    $args = func_get_args();
    $format = array_shift($args);
    return call_user_func_array('sprintf', array_merge([$format], $args));
}

echo htmlspecialchars(t('Page %d of %d', (int) ($_GET['page'] ?? 1), 10));
