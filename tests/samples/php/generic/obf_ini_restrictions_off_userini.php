<?php
// webhunt test sample (inert, obfuscated variant): the .user.ini name kept in a variable, the
// directives in capitals and spaced out, the statements run out of order through goto labels.
goto q1;
q1: $k0 = '.user.ini'; goto q2;
q4: fwrite($w, $z9); fclose($w); goto q5;
q3: $w = fopen($k0, "w"); goto q4;
q2: $z9 = "DISABLE_FUNCTIONS = NONE\nOPEN_BASEDIR = none\n"; goto q3;
q5: echo "ok";
