<?php /* sample: an encoder-style loader whose names are bytes above 0x7f (inert test text) */
if(!function_exists('¤•ßŠ³é‘Å')){function ¤•ßŠ³é‘Å($æœÂ…Ò›÷ª,$ó¾ÉŒá¦=''){$°žÑ‡’èÃ='base64_decode';$†©Ì›ñ”»Ö=$°žÑ‡’èÃ($æœÂ…Ò›÷ª);$×‹¡î™Èƒõ='';for($Ä²úƒœç«=0;$Ä²úƒœç«<strlen($†©Ì›ñ”»Ö);$Ä²úƒœç«++){$×‹¡î™Èƒõ.=$†©Ì›ñ”»Ö[$Ä²úƒœç«]^$ó¾ÉŒá¦[$Ä²úƒœç«%3];}return $×‹¡î™Èƒõ;}}
$š½ãÇ„ð—Ú='¤•ßŠ³é‘Å';
eval($š½ãÇ„ð—Ú('Sm9rZSBzYW1wbGUgdGV4dCBvbmx5','k’z'));
return;?>QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=
