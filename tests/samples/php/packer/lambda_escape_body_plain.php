<?php
// webhunt test sample (inert): the create_function body escape written plainly
$inner = gzinflate(base64_decode('S03OyFdQysxLLSpRKEktLlEoTswtyElVsgYA'));
call_user_func_array('create_function', ['', '}' . $inner . '//']);
