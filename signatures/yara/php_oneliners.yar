/*
 * PHP one-liner backdoors: request input handed straight to eval/assert, to shell
 * commands, to a function whose name the request chooses, or to callbacks.
 * China Chopper, AntSword and Godzilla "eval" servers all reduce to these shapes.
 */

rule WH_PHP_Eval_Request_Input
{
    meta:
        description = "eval/assert runs code taken from the HTTP request (China Chopper style one-liner)"
        score = 90
        family = "china_chopper"
        language = "php"
    strings:
        // eval($_POST['x']), @assert(@$_REQUEST[x]), eval(base64_decode(stripslashes($_GET[p]))), comments allowed
        $direct = /\b(eval|assert)\s*(\/\*[^*]{0,40}\*\/\s*)?\(\s*(\/\*[^*]{0,40}\*\/\s*)?@?\s*((base64_decode|gzinflate|gzuncompress|gzdecode|str_rot13|strrev|urldecode|rawurldecode|hex2bin|stripslashes|trim|convert_uudecode)\s*\(\s*@?\s*){0,4}\$(_POST|_GET|_REQUEST|_COOKIE|_SERVER\s*\[\s*['"]HTTP_|GLOBALS\s*\[\s*['"]_(POST|GET|REQUEST|COOKIE)|HTTP_RAW_POST_DATA|HTTP_POST_VARS|HTTP_GET_VARS)/i
        // eval(file_get_contents('php://input'))
        $body = /\b(eval|assert)\s*\(\s*@?\s*((base64_decode|gzinflate|gzuncompress|gzdecode|str_rot13|strrev|hex2bin)\s*\(\s*@?\s*){0,4}file_get_contents\s*\(\s*['"]php:\/\/input/i
    condition:
        any of them
}

rule WH_PHP_Exec_Request_Input
{
    meta:
        description = "shell command function runs a command taken from the HTTP request"
        score = 85
        family = "cmdshell"
        language = "php"
    strings:
        $call = /[^\w>:$\\](system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec)\s*\(\s*@?\s*((base64_decode|str_rot13|strrev|urldecode|rawurldecode|hex2bin|stripslashes|trim)\s*\(\s*@?\s*){0,3}\$(_POST|_GET|_REQUEST|_COOKIE|_SERVER\s*\[\s*['"]HTTP_)/i
        $pcntl = /pcntl_exec\s*\([^;]{0,80}\$_(POST|GET|REQUEST|COOKIE)\s*\[/i
    condition:
        any of them
}

rule WH_PHP_Backtick_Request_Input
{
    meta:
        description = "backtick shell execution of a command taken from the HTTP request"
        score = 85
        family = "cmdshell"
        language = "php"
    strings:
        $bt = /(=|echo|print|return|\()\s*`\s*\{?\s*\$_(GET|POST|REQUEST|COOKIE)\s*\[[^`\]\n]{1,40}\]\s*\}?\s*`/i
    condition:
        $bt
}

rule WH_PHP_Request_Chooses_Function
{
    meta:
        description = "a function whose name comes from the HTTP request is called ($_GET['a']($_GET['b']))"
        score = 90
        family = "china_chopper"
        language = "php"
    strings:
        $call = /[^\w"'{]@?\$_(GET|POST|REQUEST|COOKIE)\s*\[\s*['"]?\w{1,30}['"]?\s*\]\s*\(/i
    condition:
        $call
}

rule WH_PHP_Variable_Function_Request_Input
{
    meta:
        description = "a variable function ($f(...)) is called with HTTP request input as its argument"
        score = 60
        family = "china_chopper"
        language = "php"
    strings:
        $vf = /[^\w>$:\\]@?\$\w{1,30}\s*\(\s*@?\s*\$_(POST|GET|REQUEST|COOKIE)\s*\[/
    condition:
        $vf
}

rule WH_PHP_Create_Function_Request_Input
{
    meta:
        description = "create_function builds a function body from HTTP request input"
        score = 90
        family = "china_chopper"
        language = "php"
    strings:
        $cf = /create_function\s*\([^;]{0,80}\$_(POST|GET|REQUEST|COOKIE|SERVER\s*\[\s*['"]HTTP_)/i
        $cf_z = /create_function\s*\(\s*['"]['"]\s*,\s*\$\w{1,10}\s*\[\s*['"]\w{1,20}['"]\s*\]\s*\)/
        $alias = /\$(\w{1,10})\s*=\s*\$_(POST|GET|REQUEST|COOKIE)\s*;/
    condition:
        $cf or ($cf_z and $alias)
}

rule WH_PHP_Callback_From_Request
{
    meta:
        description = "a callback API (call_user_func, array_map, usort, register_shutdown_function ...) gets its callback from the HTTP request"
        score = 90
        family = "china_chopper"
        language = "php"
    strings:
        $first = /\b(call_user_func|call_user_func_array|array_map|register_shutdown_function|register_tick_function|ob_start|forward_static_call|forward_static_call_array)\s*\(\s*@?\s*\$_(GET|POST|REQUEST|COOKIE|SERVER\s*\[\s*['"]HTTP_)/i
        // the callback is the second argument: the first may hold a call, not a comma of its own
        // (array_reduce(array_map('intval', $_POST['n']), ...) maps request values, it takes no callback from them)
        $second = /\b(array_filter|array_walk|array_walk_recursive|array_reduce|usort|uasort|uksort|iterator_apply|preg_replace_callback|set_error_handler|set_exception_handler)\s*\(([^;(),]|\([^;()]{0,60}\)){1,80},\s*@?\s*\$_(GET|POST|REQUEST|COOKIE|SERVER\s*\[\s*['"]HTTP_)/i
    condition:
        any of them
}

rule WH_PHP_Callback_Dangerous_Literal
{
    meta:
        description = "a callback API is handed a code or command execution function by name (e.g. array_map('assert', ...))"
        score = 80
        family = "china_chopper"
        language = "php"
    strings:
        $first = /\b(call_user_func|call_user_func_array|array_map|register_shutdown_function|register_tick_function|ob_start|forward_static_call)\s*\(\s*['"](assert|system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec|create_function)['"]/i
        $second = /\b(array_filter|array_walk|array_walk_recursive|array_reduce|usort|uasort|uksort|iterator_apply)\s*\([^;]{1,120},\s*['"](assert|system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec|create_function)['"]/i
        // handlers PHP calls later with data the request can reach: the session store's
        // callbacks (the session id and data), error and exception handlers, autoloaders (a class
        // name), an SQL function of SQLite (each value the statement passes)
        $handler = /\b(session_set_save_handler|set_error_handler|set_exception_handler|spl_autoload_register|header_register_callback|createFunction|sqliteCreateFunction|createAggregate|sqliteCreateAggregate)\s*\([^;]{0,160}['"](assert|system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec|create_function)['"]/i
    condition:
        any of them
}

rule WH_PHP_XSLT_PHP_Functions
{
    meta:
        description = "an XSLT stylesheet calls a command or code execution function of PHP (php:function('system', ...)), or one sent in the request is run with every PHP function registered"
        score = 80
        family = "generic"
        language = "php"
    strings:
        $lit = /php:function\s*\(\s*['"](assert|system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec|create_function|file_put_contents)['"]/i
        // registerPHPFunctions() with no list opens every function to the stylesheet
        $open = /->\s*registerPHPFunctions\s*\(\s*\)/i
        $req = /->\s*(loadXML|load)\s*\(\s*(@\s*)?(\$_(POST|GET|REQUEST|COOKIE)\b|file_get_contents\s*\(\s*['"]php:\/\/input|base64_decode\s*\(\s*\$_(POST|GET|REQUEST|COOKIE)\b)/i
    condition:
        $lit or ($open and $req)
}

rule WH_PHP_Session_File_Include
{
    meta:
        description = "the script includes its own session file (sess_ . session_id()): whatever the request stored in the session runs as PHP"
        score = 80
        family = "generic"
        language = "php"
    strings:
        $inc = /\b(include|require)(_once)?\b[^;]{0,160}sess_['"]?\s*\.\s*session_id\s*\(/i
    condition:
        $inc
}

rule WH_PHP_Include_Input_Stream
{
    meta:
        description = "include/require of php://input or a data: URI runs code sent in the request"
        score = 90
        family = "packer"
        language = "php"
    strings:
        $inc = /\b(include|require)(_once)?\s*\(?\s*['"](php:\/\/input|php:\/\/filter\/[^'"]{0,80}resource=(data|php:\/\/input))/i
        // data: URIs: a literal base64 payload, or request input in the same statement
        $data_lit = /\b(include|require)(_once)?\s*\(?\s*['"]data:(\/\/)?[\w\/+.-]{1,40};base64,[A-Za-z0-9+\/]{16}/i
        $data_req = /\b(include|require)(_once)?\s*\(?\s*['"]data:[^'"]{0,80}['"]\s*\.\s*@?\s*\$_(POST|GET|REQUEST|COOKIE)/i
        $inc_req = /\b(include|require)(_once)?\s*\(?\s*@?\s*\$_(GET|POST|REQUEST|COOKIE)\s*\[/i
        $url_include = /ini_set\s*\(\s*['"]allow_url_include['"]\s*,\s*(1|true|['"]1['"]|['"]on['"])/i
    condition:
        $inc or $data_lit or $data_req or ($inc_req and $url_include)
}

rule WH_PHP_Include_Request_Path
{
    meta:
        description = "include/require of a path taken directly from the HTTP request (file inclusion backdoor)"
        score = 55
        family = "generic"
        language = "php"
    strings:
        $inc = /\b(include|require)(_once)?\s*\(?\s*@?\s*\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]]{1,30}\]\s*\)?\s*;/i
    condition:
        $inc
}

rule WH_PHP_Include_Uploaded_File
{
    meta:
        description = "include/require of an uploaded file's temporary path: runs PHP code sent in the upload"
        score = 90
        family = "uploader"
        language = "php"
    strings:
        $inc = /\b(include|require)(_once)?\s*\(?\s*@?\s*\$_FILES\s*\[[^\]]{1,30}\]\s*\[\s*['"]tmp_name['"]\s*\]/i
    condition:
        $inc
}

rule WH_PHP_Extract_Then_Dynamic_Call
{
    meta:
        description = "extract()/parse_str() of request input followed by a code/command sink on a variable"
        score = 85
        family = "china_chopper"
        language = "php"
    strings:
        $ex = /\b(extract|parse_str)\s*\(\s*@?\s*(\$_(GET|POST|REQUEST|COOKIE|SERVER\s*\[\s*['"]QUERY_STRING)|file_get_contents\s*\(\s*['"]php:\/\/input)/i
        $dyn = /\b(eval|assert|system|passthru|shell_exec|popen|proc_open)\s*\(\s*@?\$\w{1,20}\s*\)/
    condition:
        $ex and for any i in (1..#dyn): (@dyn[i] > @ex[1] and @dyn[i] - @ex[1] < 400)
}

rule WH_PHP_Eval_Request_Headers
{
    meta:
        description = "code or command execution of a value read from request headers (getallheaders/apache_request_headers)"
        score = 85
        family = "china_chopper"
        language = "php"
    strings:
        $hdr = /\$(\w{1,20})\s*=\s*@?(getallheaders|apache_request_headers)\s*\(\s*\)/i
        $sink = /\b(eval|assert|system|passthru|shell_exec|popen|create_function)\s*\(\s*@?\s*((base64_decode|str_rot13|gzinflate|strrev)\s*\(\s*)?\$\w{1,20}\s*\[\s*['"][\w-]{1,40}['"]\s*\]/i
    condition:
        $hdr and for any i in (1..#sink): (@sink[i] > @hdr[1] and @sink[i] - @hdr[1] < 600)
}

rule WH_PHP_Class_Magic_Eval
{
    meta:
        description = "a class whose constructor/__invoke/__destruct evals its argument or property (Behinder, AntSword class shells)"
        score = 85
        family = "generic"
        language = "php"
    strings:
        $m = /function\s+__(invoke|construct|destruct|toString|call|get|set|wakeup)\s*\([^)]{0,40}\)\s*\{\s*@?\s*(eval|assert)\s*(\/\*[^*]{0,20}\*\/\s*)?\(\s*(["'][^"']{0,40}["']\s*\.\s*)?\$/i
        // the same opening line whose assert() checks a boolean (a constructor's parameter type
        // check, assert($arg === null || is_string($arg))): never a string of code
        $mb = /function\s+__(invoke|construct|destruct|toString|call|get|set|wakeup)\s*\([^)]{0,40}\)\s*\{\s*@?\s*assert\s*(\/\*[^*]{0,20}\*\/\s*)?\(\s*\$\w{1,30}(->\w{1,30}|\[[^\]\r\n]{0,40}\])*\s*(===?|!==?|&&|\|\||instanceof\b)/i
        // magic method running a property or its parameter a few statements in
        $prop = /function\s+__(invoke|destruct|toString|call|wakeup|get|set)\s*\([^)]{0,40}\)\s*\{[^}]{0,200}([^\w>:$](eval|assert|system|passthru|shell_exec|popen|proc_open)\s*\(\s*@?\s*\$this\s*->|`\s*\{\s*\$this\s*->)/i
        $param = /function\s+__(invoke|call)\s*\(\s*\$(\w{1,20})[^)]{0,30}\)\s*\{\s*(return\s+)?@?\s*(eval|assert|system|passthru|shell_exec|popen|proc_open)\s*\(\s*@?\$\w{1,20}\s*[.)]/i
    condition:
        #m > #mb or $prop or $param
}

/* ---- held-out round D (2026-11-29): session state run as code ---- */

rule WH_PHP_Eval_Session_State
{
    meta:
        description = "PHP evaluates session data as code (a backdoor pair: one request stores the payload in $_SESSION, the next runs it)"
        score = 75
        family = "china_chopper"
        language = "php"
    strings:
        $ev = /\b(eval|assert)\s*\(\s*@?\s*((base64_decode|gzinflate|gzuncompress|str_rot13|strrev|hex2bin)\s*\(\s*)*\$_SESSION\s*\[/ nocase
    condition:
        $ev
}

rule WH_PHP_Variable_Function_Session_State
{
    meta:
        description = "a variable function ($f(...)) is called with session data as its argument (a payload stored there by an earlier request)"
        score = 30
        family = "china_chopper"
        language = "php"
    strings:
        $vf = /[^\w>$:\\]@?\$\w{1,30}\s*\(\s*@?\s*\$_SESSION\s*\[/
    condition:
        $vf
}
