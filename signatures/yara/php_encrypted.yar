/*
 * Encrypted / agent-style PHP backdoors driven by a client tool: Behinder (rebeyond),
 * Godzilla, weevely and AntSword. These hide the command in an encrypted request
 * body, so the server side is recognised by its decryption + execution structure.
 */

rule WH_PHP_Behinder
{
    meta:
        description = "Behinder (rebeyond) PHP server: AES/XOR-decrypts the request body with a session key and evals it"
        score = 95
        family = "behinder"
        language = "php"
    strings:
        $input = "php://input" nocase
        $ossl = /openssl_decrypt\s*\(/ nocase
        $xor = /\$\w{1,20}\s*\[\s*\$i\s*\+\s*1\s*&\s*15\s*\]/
        $sess = /\$_SESSION\s*\[\s*['"]k['"]\s*\]\s*=/
        $aes = /['"]AES-?128(-ECB)?['"]/ nocase
        $invoke = /function\s+__(invoke|construct)\s*\(\s*\$\w{1,10}\s*\)\s*\{\s*@?\s*eval\s*\(/ nocase
        $cuf = /call_user_func\s*\(\s*new\s+\w{1,20}\s*\(/ nocase
        $evalv = /\beval\s*\(\s*\$\w{1,20}\s*(\.\s*["']{2}\s*)?\)/
        $explode = /explode\s*\(\s*['"]\|['"]\s*,\s*\$\w+/
    condition:
        ($input and ($ossl or $xor) and ($sess or $invoke or $cuf or ($aes and $evalv) or ($xor and $evalv)))
        or ($invoke and $cuf)
        or ($sess and $invoke and $explode)
}

rule WH_PHP_Godzilla
{
    meta:
        description = "Godzilla PHP server: XOR-with-key encoder, payload kept in the session, md5(pass.key) response markers"
        score = 95
        family = "godzilla"
        language = "php"
    strings:
        $basics = "getBasicsInfo"
        $xor = /\$\w{1,20}\s*\[\s*\$i\s*\+\s*1\s*&\s*15\s*\]/
        $sesspl = /\$_SESSION\s*\[\s*\$payloadName\s*\]/
        $md5m = /substr\s*\(\s*md5\s*\(\s*\$\w{1,20}\s*\.\s*\$\w{1,20}\s*\)\s*,\s*(0\s*,\s*16|16)\s*\)/
        $run = /@?run\s*\(\s*\$\w+\s*\)/
    condition:
        ($basics and ($xor or $sesspl or $md5m)) or ($xor and $sesspl) or ($xor and $md5m and $run)
}

rule WH_PHP_Weevely_Agent
{
    meta:
        description = "weevely agent: XOR+zlib+base64 channel hidden between key markers in the request body, evaluated server side"
        score = 95
        family = "weevely"
        language = "php"
    strings:
        $w1 = /preg_match\s*\(\s*["']\/\$kh\(\.\+\)\$kf\//
        $w2 = /eval\s*\(\s*@?gzuncompress\s*\(\s*@?\w{1,20}\s*\(\s*@?base64_decode\s*\(/
        $w3 = /\$o\s*\.=\s*\$t\s*[\[{]\s*\$i\s*[\]}]\s*\^\s*\$k\s*[\[{]\s*\$j\s*[\]}]/
        $w4 = /print\s*\(\s*["']\$p\$kh\$r\$kf["']\s*\)/
        $w5 = /\$kh\s*=\s*["'][0-9a-f]{12}["']\s*;\s*\$kf\s*=\s*["'][0-9a-f]{12}["']/
        $w6 = /base64_encode\s*\(\s*@?x\s*\(\s*@?gzcompress\s*\(/
    condition:
        2 of them
}

rule WH_PHP_Str_Replace_Hidden_Function
{
    meta:
        description = "function name hidden with junk characters removed by str_replace (weevely packer style), e.g. str_replace('x','','cxrexatxe_fxuxnxction')"
        score = 90
        family = "weevely"
        language = "php"
    strings:
        $cf = /str_replace\s*\(\s*["'][^"']{1,4}["']\s*,\s*["']["']\s*,\s*["']c\w{0,6}r\w{0,6}e\w{0,6}a\w{0,6}t\w{0,6}e\w{0,6}_\w{0,6}f\w{0,6}u\w{0,6}n\w{0,6}c\w{0,6}t\w{0,6}i\w{0,6}o\w{0,6}n["']/ nocase
        $b64 = /str_replace\s*\(\s*["'][^"']{1,4}["']\s*,\s*["']["']\s*,\s*["']b[\w%#]{0,6}a[\w%#]{0,6}s[\w%#]{0,6}e[\w%#]{0,6}6[\w%#]{0,6}4[\w%#]{0,6}_[\w%#]{0,6}d[\w%#]{0,6}e[\w%#]{0,6}c[\w%#]{0,6}o[\w%#]{0,6}d[\w%#]{0,6}e["']/ nocase
        $sr = /str_replace\s*\(\s*["'][^"']{1,4}["']\s*,\s*["']["']\s*,\s*["']s\w{0,6}t\w{0,6}r\w{0,6}_\w{0,6}r\w{0,6}e\w{0,6}p\w{0,6}l\w{0,6}a\w{0,6}c\w{0,6}e["']/ nocase
        $ev = /str_replace\s*\(\s*["'][^"']{1,4}["']\s*,\s*["']["']\s*,\s*["'](a[\w#%]{1,6}s[\w#%]{0,6}s[\w#%]{0,6}e[\w#%]{0,6}r[\w#%]{0,6}t|s[\w#%]{1,6}y[\w#%]{0,6}s[\w#%]{0,6}t[\w#%]{0,6}e[\w#%]{0,6}m|g[\w#%]{1,6}z[\w#%]{0,6}i[\w#%]{0,6}n[\w#%]{0,6}f[\w#%]{0,6}l[\w#%]{0,6}a[\w#%]{0,6}t[\w#%]{0,6}e)["']/ nocase
    condition:
        any of them
}

rule WH_PHP_Runtime_Function_Called
{
    meta:
        description = "function created from an assembled string at run time and called at once ($f=$cf('',$code);$f();)"
        score = 85
        family = "weevely"
        language = "php"
    strings:
        // compact packer output: $A=$t('',$B);$A();
        $call1 = /=\$\w{1,20}\('',\$\w{1,20}\);\$\w{1,20}\(\);/
        $call2 = /=\$\w{1,20}\("",\$\w{1,20}\);\$\w{1,20}\(\);/
        $cfn = /\$(\w{1,20})\s*=\s*create_function\s*\(\s*['"]['"]\s*,\s*[^;]{1,200}\)\s*;\s*\$\w{1,20}\s*\(\s*\)\s*;/ nocase
    condition:
        any of them
}

rule WH_PHP_AntSword_Payload
{
    meta:
        description = "AntSword payload helpers (asenc/asoutput wrapper, open_basedir escape prelude)"
        score = 90
        family = "antsword"
        language = "php"
    strings:
        $a1 = /function\s+asenc\s*\(\s*\$out\s*\)/
        $a2 = /function\s+asoutput\s*\(\s*\)/
        $a3 = /@ini_set\s*\(\s*["']display_errors["']\s*,\s*["']0["']\s*\)\s*;\s*@set_time_limit\s*\(\s*0\s*\)\s*;\s*\$opdir\s*=\s*@ini_get\s*\(\s*["']open_basedir["']/
        $a4 = /\$tmdir\s*=\s*\$item\s*\.\s*["']\/\.[0-9a-f]{6,}["']/
    condition:
        2 of them
}

rule WH_PHP_AntSword_Default_Param
{
    meta:
        description = "AntSword default connection parameter ('ant') passed to code execution"
        score = 85
        family = "antsword"
        language = "php"
    strings:
        $p = /\$_(POST|GET|REQUEST|COOKIE)\s*(\/\*[^*]{0,20}\*\/\s*)?\[\s*['"]ant['"]\s*\]/
        $s = /\b(eval|assert|create_function|base64_decode|str_rot13)\s*(\/\*[^*]{0,20}\*\/\s*)?\(|new\s+\w{1,20}\s*\(\s*\$_(POST|REQUEST)/ nocase
    condition:
        $p and $s
}
