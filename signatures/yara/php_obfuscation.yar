/*
 * Obfuscation and packing: encoded payloads evaluated at run time, function names
 * hidden behind hex/octal escapes, string splitting or character arithmetic, and the
 * regex /e modifier. Packed copies of every family end up here.
 */

rule WH_PHP_Eval_Encoded_Literal
{
    meta:
        description = "eval of an encoded literal (base64/gzip/rot13/uu/hex) decoded at run time: packed payload"
        score = 80
        family = "packer"
        language = "php"
    strings:
        $lit = /\b(eval|assert)\s*\(\s*@?\s*(["']\?>["']\s*\.\s*)?@?\s*((base64_decode|gzinflate|gzuncompress|gzdecode|str_rot13|convert_uudecode|hex2bin|strrev|rawurldecode|urldecode)\s*\(\s*@?\s*){1,5}["'][A-Za-z0-9+\/=%\\\r\n]{24}/ nocase
        $pack = /\b(eval|assert)\s*\(\s*@?\s*pack\s*\(\s*["']H\*["']\s*,\s*["'][0-9a-fA-F]{16}/ nocase
    condition:
        any of them
}

rule WH_PHP_Eval_Nested_Decoders
{
    meta:
        description = "eval of data passed through two or more decoders (e.g. eval(gzinflate(base64_decode(...))))"
        score = 85
        family = "packer"
        language = "php"
    strings:
        $n = /\b(eval|assert|create_function\s*\(\s*["']["']\s*,)\s*\(?\s*@?\s*(["']\?>["']\s*\.\s*)?@?\s*(base64_decode|gzinflate|gzuncompress|gzdecode|str_rot13|convert_uudecode|hex2bin|strrev|rawurldecode)\s*\(\s*@?\s*(base64_decode|gzinflate|gzuncompress|gzdecode|str_rot13|convert_uudecode|hex2bin|strrev|rawurldecode)\s*\(/ nocase
        $cf = /create_function\s*\(\s*["'][^"']{0,20}["']\s*,\s*@?\s*(base64_decode|gzinflate|gzuncompress|gzdecode|str_rot13|convert_uudecode)\s*\(/ nocase
    condition:
        any of them
}

rule WH_PHP_Eval_Decoded_Variable
{
    meta:
        description = "eval of a variable passed through a decoder (eval(base64_decode($x))): payload kept elsewhere in the file or request"
        score = 55
        family = "packer"
        language = "php"
    strings:
        $v = /\b(eval|assert)\s*\(\s*@?\s*(["']\?>["']\s*\.\s*)?@?\s*(base64_decode|gzinflate|gzuncompress|gzdecode|str_rot13|convert_uudecode|hex2bin)\s*\(\s*@?\s*\$\w{1,30}\s*\)/ nocase
    condition:
        $v
}

rule WH_PHP_Preg_Replace_Eval_Modifier
{
    meta:
        description = "preg_replace with the /e modifier evaluates its replacement as PHP (removed from PHP 7; used by old packers and backdoors)"
        score = 60
        family = "packer"
        language = "php"
    strings:
        $e = /preg_replace\s*\(\s*["'][\/#~!|@%][^"'\n]{0,100}[\/#~!|@%][imsxuADSUXJ]{0,6}e[imsxuADSUXJ]{0,6}["']\s*,/
        $ehex = /preg_replace\s*\(\s*["'](\\x2f|\/)[^"'\n]{0,100}(\\x2f|\/)(\\x65|e)["']\s*,/ nocase
        // legacy code converting what the pattern captured, the backreference in single quotes
        // (PHP escapes quotes in it): preg_replace('/^({.*?})/e', "Horde_String::upper('\\1')", $s)
        $case = /preg_replace\s*\(\s*["'][\/#~!|@%][^"'\n]{0,100}[\/#~!|@%][imsxuADSUXJ]{0,6}e[imsxuADSUXJ]{0,6}["']\s*,\s*"[A-Za-z_][A-Za-z0-9_:]{0,60}\(\s*'\\{1,2}[0-9]'\s*\)"\s*,/
        // or encoding one captured character (the group is a single character class) with string
        // functions: preg_replace('/([\x80-\xFF])/e', '"=" . strtoupper(dechex(ord("\1")))', $s)
        $char = /preg_replace\s*\(\s*["'][\/#~!|@%]\(\[[^\]"'\n]{1,40}\]\)[\/#~!|@%][imsxuADSUXJ]{0,6}e[imsxuADSUXJ]{0,6}["']\s*,\s*'(\s|\.|,|\)|"[^"$\\'\n]{0,20}"|"\\{1,2}[0-9]"|(strtoupper|strtolower|dechex|ord|chr|bin2hex|sprintf|ucfirst|rawurlencode|urlencode)\s*\()+'\s*,/
        // or every backreference inside a single-quoted literal of the evaluated code, joined only by
        // '.' and those functions: preg_replace('/[a-z]/ie', "'[\\0' . strtoupper('\\0') . ']'", $s)
        $sq = /preg_replace\s*\(\s*["'][^"'\n]{1,100}["']\s*,\s*"(\s|\.|,|\)|'[^'"$\\\n]{0,20}(\\{1,2}[0-9][^'"$\\\n]{0,20})*'|(strtoupper|strtolower|dechex|ord|chr|bin2hex|sprintf|ucfirst|rawurlencode|urlencode)\s*\()+"\s*,/
    condition:
        #e > #case + #char + #sq or #ehex > #case + #char + #sq
}

rule WH_PHP_Preg_Replace_Eval_Payload
{
    meta:
        description = "preg_replace /e with a match-all pattern or a request/encoded replacement: code execution backdoor"
        score = 90
        family = "packer"
        language = "php"
    strings:
        $all = /preg_replace\s*\(\s*["'][\/#~!|@%]\.\*[\/#~!|@%][a-zA-Z]{0,4}e[a-zA-Z]{0,4}["']/
        $req = /preg_replace\s*\(\s*["'][\/#~!|@%][^"'\n]{0,100}[\/#~!|@%][a-zA-Z]{0,6}e[a-zA-Z]{0,6}["']\s*,\s*@?\s*(\$_(POST|GET|REQUEST|COOKIE)|base64_decode|gzinflate|str_rot13|gzuncompress|["']\\x|["']\\[0-7]{3})/ nocase
    condition:
        any of them
}

rule WH_PHP_Hex_Escaped_Function_Name
{
    meta:
        description = "name of a code-execution/decoding function written as hex escapes, e.g. assert spelled as backslash-x61 backslash-x73 ..."
        score = 60
        family = "packer"
        language = "php"
    strings:
        $h0 = "\\x61\\x73\\x73\\x65\\x72\\x74" nocase
        $h1 = "\\x65\\x76\\x61\\x6c" nocase
        $h2 = "\\x73\\x79\\x73\\x74\\x65\\x6d" nocase
        $h3 = "\\x62\\x61\\x73\\x65\\x36\\x34\\x5f\\x64\\x65\\x63\\x6f\\x64\\x65" nocase
        $h4 = "\\x67\\x7a\\x69\\x6e\\x66\\x6c\\x61\\x74\\x65" nocase
        $h5 = "\\x67\\x7a\\x75\\x6e\\x63\\x6f\\x6d\\x70\\x72\\x65\\x73\\x73" nocase
        $h6 = "\\x73\\x74\\x72\\x5f\\x72\\x6f\\x74\\x31\\x33" nocase
        $h7 = "\\x63\\x72\\x65\\x61\\x74\\x65\\x5f\\x66\\x75\\x6e\\x63\\x74\\x69\\x6f\\x6e" nocase
        $h8 = "\\x73\\x68\\x65\\x6c\\x6c\\x5f\\x65\\x78\\x65\\x63" nocase
        $h9 = "\\x70\\x61\\x73\\x73\\x74\\x68\\x72\\x75" nocase
        $h10 = "\\x66\\x69\\x6c\\x65\\x5f\\x70\\x75\\x74\\x5f\\x63\\x6f\\x6e\\x74\\x65\\x6e\\x74\\x73" nocase
        $h11 = "\\x6d\\x6f\\x76\\x65\\x5f\\x75\\x70\\x6c\\x6f\\x61\\x64\\x65\\x64\\x5f\\x66\\x69\\x6c\\x65" nocase
        $h12 = "\\x63\\x61\\x6c\\x6c\\x5f\\x75\\x73\\x65\\x72\\x5f\\x66\\x75\\x6e\\x63" nocase
        $h13 = "\\x70\\x72\\x65\\x67\\x5f\\x72\\x65\\x70\\x6c\\x61\\x63\\x65" nocase
        $h14 = "\\x70\\x72\\x6f\\x63\\x5f\\x6f\\x70\\x65\\x6e" nocase
        $h15 = "\\x70\\x6f\\x70\\x65\\x6e" nocase
    condition:
        any of them
}

rule WH_PHP_Octal_Escaped_Function_Name
{
    meta:
        description = "name of a code-execution/decoding function written as octal escapes, e.g. base64_decode spelled as backslash-142 backslash-141 ..."
        score = 60
        family = "packer"
        language = "php"
    strings:
        $o0 = "\\141\\163\\163\\145\\162\\164"
        $o1 = "\\145\\166\\141\\154"
        $o2 = "\\163\\171\\163\\164\\145\\155"
        $o3 = "\\142\\141\\163\\145\\66\\64\\137\\144\\145\\143\\157\\144\\145"
        $o4 = "\\147\\172\\151\\156\\146\\154\\141\\164\\145"
        $o5 = "\\147\\172\\165\\156\\143\\157\\155\\160\\162\\145\\163\\163"
        $o6 = "\\163\\164\\162\\137\\162\\157\\164\\61\\63"
        $o7 = "\\143\\162\\145\\141\\164\\145\\137\\146\\165\\156\\143\\164\\151\\157\\156"
        $o8 = "\\163\\150\\145\\154\\154\\137\\145\\170\\145\\143"
        $o9 = "\\160\\141\\163\\163\\164\\150\\162\\165"
        $o10 = "\\146\\151\\154\\145\\137\\160\\165\\164\\137\\143\\157\\156\\164\\145\\156\\164\\163"
        $o11 = "\\155\\157\\166\\145\\137\\165\\160\\154\\157\\141\\144\\145\\144\\137\\146\\151\\154\\145"
        $o12 = "\\143\\141\\154\\154\\137\\165\\163\\145\\162\\137\\146\\165\\156\\143"
        $o13 = "\\160\\162\\145\\147\\137\\162\\145\\160\\154\\141\\143\\145"
        $o14 = "\\160\\162\\157\\143\\137\\157\\160\\145\\156"
        $o15 = "\\160\\157\\160\\145\\156"
    condition:
        any of them
}

rule WH_PHP_Chr_Chain
{
    meta:
        description = "string assembled from a long chain of chr() calls (hides function names or code)"
        score = 45
        family = "packer"
        language = "php"
    strings:
        // printable ASCII only: names and code (a transliteration table of Latin-1 letters is not)
        $c = /(chr\s*\(\s*(3[2-9]|[4-9][0-9]|1[01][0-9]|12[0-6])\s*\)\s*\.\s*){12}/ nocase
    condition:
        $c
}

rule WH_PHP_Hidden_Superglobal
{
    meta:
        description = "superglobal name hidden by string splitting or variable variables (${'_P'.'OST'}, $k='_PO'.'ST'; $$k)"
        score = 70
        family = "packer"
        language = "php"
    strings:
        $brace = /\$\{\s*["']_["']?\s*\.?\s*["']?[A-Z'".\s]{2,24}\}\s*\[/
        $globals = /\$GLOBALS\s*\[\s*["']_(POST|GET|REQUEST|COOKIE)["']\s*\]\s*\[/
    condition:
        any of them
}

rule WH_PHP_Globals_Function_Table
{
    meta:
        description = "function names stored as escaped strings in a $GLOBALS array and called through it (commercial-obfuscator style)"
        score = 70
        family = "packer"
        language = "php"
    strings:
        $tab = /\$GLOBALS\s*\[\s*["'][^"']{1,40}["']\s*\]\s*=\s*(Array|array)\s*\(\s*["'](\\x[0-9a-fA-F]{2}|\\[0-7]{2,3}){3}/
        $call = /\$GLOBALS\s*\[\s*["'][^"']{1,40}["']\s*\]\s*\[\s*\d{1,3}\s*\]\s*\(/
    condition:
        $tab and $call
}

rule WH_PHP_Create_Function_Fragments
{
    meta:
        description = "create_function/eval name assembled from fragments and used to build a function from an encoded blob (b374k 3.x packer style)"
        score = 90
        family = "b374k"
        language = "php"
    strings:
        $frag = /=\s*["']cr["']\s*\.\s*["']ea/ nocase
        // 'ev'.'al' in code: a line comment before it on its line (// ... or a line starting with
        // #, * or /*) is a note about the technique ("ev"."al" in a deobfuscator's comment)
        $ev = /(^|[\r\n])[ \t]*([^\r\n\t *#\/]|\/[^\r\n\/*])([^\r\n\/]|\/[^\r\n\/*]){0,300}["']ev["'][ \t]{0,2}\.[ \t]{0,2}["']al["']/ nocase
    condition:
        any of them
}

rule WH_PHP_Include_Disguised_Path
{
    meta:
        description = "include of a file disguised as an image/icon or of a path written in octal/hex escapes (injected loader)"
        score = 80
        family = "generic"
        language = "php"
    strings:
        $esc = /\b(include|require)(_once)?\s*\(?\s*["'][^"'\n]{0,20}(\\[0-7]{3}|\\x[0-9a-fA-F]{2})[^"'\n]{0,200}["']/ nocase
        $img = /\b(include|require)(_once)?\s*\(?\s*["'][^"'\n]{1,200}\.(ico|png|jpe?g|gif|bmp)["']/ nocase
        // the image's name ends a path built in the statement ($_SERVER['DOCUMENT_ROOT'] . '/img/a.png',
        // dirname(__FILE__) . '/../uploads/t.jpg'); a word ending in "include" (wp-includes/) is no call
        $built = /[^\w\/\-](include|require)(_once)?(\s*\(|\s)([^;'"\n]|"[^"\n]{0,60}"|'[^'\n]{0,60}'){1,120}["'][^"'\n]{0,200}\.(ico|png|jpe?g|gif|bmp|webp)["']\s*\)?\s*;/ nocase
    condition:
        any of them
}

rule WH_PHP_Include_Data_File_Stub
{
    meta:
        description = "a script whose only statement includes a file named as data (.txt, .log, .dat, a font, an archive): a loader stub, the code kept under a name no scanner or server reads as a script"
        score = 55
        family = "generic"
        language = "php"
    strings:
        // the whole file: the open tag, one include/require of a literal path (or __DIR__ . a literal)
        // ending in a data extension, an optional close tag; a page or a template including a .txt
        // among other statements is not matched (the match must span the file)
        $stub = /<\?php\s+@?\s*(include|require)(_once)?\s*\(?\s*((__DIR__|dirname\s*\(\s*__FILE__\s*\))\s*\.\s*)?["'][^"'\r\n]{1,200}\.(txt|log|dat|tmp|temp|bak|old|cache|db|sess|ttf|otf|woff2?|eot|pdf|zip|gz|mp3|mp4|wav|doc|xls|so|bin)["']\s*\)?\s*;\s*(\?>\s*)?/ nocase
    condition:
        filesize < 400 and $stub at 0 and !stub[1] == filesize
}

rule WH_PHP_Marked_Injection_Block
{
    meta:
        description = "marked injection: a script or frame tag wrapped in a pair of hex markers (#xxxxxx# ... #/xxxxxx#), as mass-injection malware leaves its loader in every page so that it can find and refresh it later"
        score = 70
        family = "generic"
        language = "php"
    strings:
        // the opening marker is a PHP line comment (#14d3e7#), the closing one repeats it after a
        // slash; what lies between prints a <script> or <iframe>
        $block = /#[0-9a-f]{6,8}#[^#]{0,500}<(script|iframe)[^#]{0,500}#\/[0-9a-f]{6,8}#/ nocase
    condition:
        $block
}

rule WH_PHP_Eval_Dynamic_Call_Chain
{
    meta:
        description = "eval of the result of variable functions ($a($b(...))) or of a variable function on an encoded literal: decoder names hidden in variables"
        score = 75
        family = "packer"
        language = "php"
    strings:
        $chain = /\b(eval|assert)\s*\(\s*@?\s*\$\w{1,40}\s*\(\s*@?\s*\$\w{1,40}\s*\(/ nocase
        $lit = /\b(eval|assert)\s*\(\s*@?\s*\$\w{1,40}\s*\(\s*@?\s*["'][A-Za-z0-9+\/=]{40}/ nocase
    condition:
        any of them
}
