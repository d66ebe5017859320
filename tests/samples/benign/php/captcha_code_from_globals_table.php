<?php
// A captcha: the code shown is built from characters picked out of the alphabet kept in $GLOBALS.
$GLOBALS['captcha_alphabet'] = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
function captcha_code()
{
    $r = array_map(function () { return random_int(0, 31); }, range(1, 6));
    return $GLOBALS['captcha_alphabet'][$r[0]] . $GLOBALS['captcha_alphabet'][$r[1]]
        . $GLOBALS['captcha_alphabet'][$r[2]] . $GLOBALS['captcha_alphabet'][$r[3]];
}
$GLOBALS['captcha_demo'] = $GLOBALS['captcha_alphabet'][1].$GLOBALS['captcha_alphabet'][4].$GLOBALS['captcha_alphabet'][9].$GLOBALS['captcha_alphabet'][16].$GLOBALS['captcha_alphabet'][25];
$_SESSION['captcha'] = captcha_code();
echo '<img src="captcha.php?c=' . urlencode(md5($_SESSION['captcha'])) . '" alt="">';
