/*
   webhunt: JSP / JSPX webshells.
   Command shells (Runtime.exec, ProcessBuilder, reflection, ScriptEngine), class loaders that
   define request-supplied bytecode (Behinder, Godzilla, AntSword), reGeorg / Neo-reGeorg tunnels.
   Rule names are stable reason ids.
*/

rule WH_JSP_Runtime_Exec_Request_Input
{
    meta:
        description = "JSP runs an OS command (Runtime.exec) in a page that reads request input"
        score = 90
        family = "cmdshell"
        language = "jsp"
    strings:
        $rt = /getRuntime\s*\(\s*\)\s*\.\s*exec\s*\(/
        $src1 = /\.\s*getParameter(Values)?\s*\(/
        $src2 = /\.\s*getHeader\s*\(/
        // the request body, read from the request object; a started process's or a socket's own
        // streams (p.getInputStream(), the output every status page reads back) are not input
        $src3 = /\b(\w{0,30}[Rr]eq(uest)?|getRequest\s*\(\s*\))\s*\)?\s*\.\s*getInputStream\s*\(\s*\)/
        $src4 = /\b(\w{0,30}[Rr]eq(uest)?|getRequest\s*\(\s*\))\s*\)?\s*\.\s*getReader\s*\(\s*\)/
        $src5 = /\.\s*getQueryString\s*\(\s*\)/
        $src6 = "getCookies()"
        // the application's own program named by an absolute path, input only its arguments
        $fixed = /getRuntime\s*\(\s*\)\s*\.\s*exec\s*\(\s*new\s+String\s*\[\s*\]\s*\{\s*"\/(opt|srv|home|app)(\/[A-Za-z0-9_-][A-Za-z0-9_.-]{0,60}){1,6}"/
    condition:
        filesize < 2MB and #rt > #fixed and any of ($src*)
}

rule WH_JSP_Runtime_Variable_Exec
{
    meta:
        description = "JSP keeps java.lang.Runtime in a variable and calls exec on a command next to request input"
        score = 75
        family = "cmdshell"
        language = "jsp"
    strings:
        $rt = /Runtime\s+\w{1,20}\s*=\s*(java\.lang\.)?Runtime\s*\.\s*getRuntime\s*\(\s*\)/
        $ex = /(Process\s+\w{1,20}\s*=\s*[A-Za-z_]\w{0,19}\s*\.\s*exec\s*\(|[A-Za-z_]\w{0,19}\s*\.\s*exec\s*\(\s*new\s+String\s*\[)/
        // request input; a body stream only when read from the request object (the process's own
        // output stream, read right after exec, is not input)
        $src = /(\.\s*get(Parameter|Header|QueryString)\s*\(|\b(\w{0,30}[Rr]eq(uest)?|getRequest\s*\(\s*\))\s*\)?\s*\.\s*get(InputStream|Reader)\s*\()/
    condition:
        filesize < 2MB and $rt and $ex and
        for any i in (1..#rt) : ( for any j in (1..#ex) : ( @ex[j] > @rt[i] and @ex[j] < @rt[i] + 600 ) ) and
        for any i in (1..#rt) : ( for any k in (1..#src) : ( @src[k] > @rt[i] - 800 and @src[k] < @rt[i] + 800 ) )
}

rule WH_JSP_ProcessBuilder_Request_Input
{
    meta:
        description = "JSP starts a process (ProcessBuilder) close to request input"
        score = 85
        family = "cmdshell"
        language = "jsp"
    strings:
        $pb = /new\s+(java\.lang\.)?ProcessBuilder\s*\(/
        $src = /\.\s*get(Parameter|Header|QueryString)\s*\(/
    condition:
        filesize < 2MB and
        for any i in (1..#pb) : ( for any j in (1..#src) : ( @src[j] > @pb[i] - 800 and @src[j] < @pb[i] + 800 ) )
}

rule WH_JSP_Reflection_Runtime_Exec
{
    meta:
        description = "JSP reaches java.lang.Runtime through reflection (forName/getMethod/invoke) with request input"
        score = 85
        family = "cmdshell"
        language = "jsp"
    strings:
        $cls = "\"java.lang.Runtime\""
        $fn = /forName\s*\(/
        $gm = /\.\s*get(Declared)?Method\s*\(/
        $inv = /\.\s*invoke\s*\(/
        $src = /\.\s*get(Parameter|Header|InputStream|Reader|QueryString)\s*\(/
    condition:
        filesize < 2MB and $cls and $fn and $gm and $inv and $src
}

rule WH_JSP_Hidden_Class_Or_Method_Name
{
    meta:
        description = "JSP builds a class or method name from pieces (split strings, byte/char arrays) for reflection"
        score = 80
        family = "cmdshell"
        language = "jsp"
    strings:
        $split1 = /forName\s*\(\s*[A-Za-z_]{0,12}\(?\s*"[A-Za-z.]{1,14}"\s*[+,]\s*"/
        $split2 = /get(Declared)?Method\s*\(\s*[A-Za-z_]{0,12}\(?\s*"[A-Za-z]{1,10}"\s*[+,]\s*"/
        $bytes_java = /new\s+String\s*\(\s*new\s+byte\s*\[\s*\]\s*\{\s*106\s*,\s*97\s*,\s*118\s*,\s*97\s*,/
        $chars_exec = /\{\s*'e'\s*,\s*'x'\s*,\s*'e'\s*,\s*'c'\s*\}/
        $bytes_exec = /\{\s*101\s*,\s*120\s*,\s*101\s*,\s*99\s*\}/
        $inv = /\.\s*invoke\s*\(/
        $src = /\.\s*get(Parameter|Header|InputStream|Reader|QueryString)\s*\(/
    condition:
        filesize < 2MB and any of ($split*, $bytes_java, $chars_exec, $bytes_exec) and $inv and $src
}

rule WH_JSP_Unicode_Escaped_Identifiers
{
    meta:
        description = "JSP code written with \\uXXXX escapes of plain letters (hides Runtime/exec/getParameter)"
        score = 60
        family = "generic"
        language = "jsp"
    strings:
        $run = /(\\u+00[46][0-9a-fA-F]|\\u+00[57][0-9aA]){3}/
    condition:
        filesize < 2MB and #run >= 3
}

rule WH_JSP_Unicode_Escaped_Exec
{
    meta:
        description = "JSP hides Runtime.exec / getParameter behind \\uXXXX escapes"
        score = 90
        family = "cmdshell"
        language = "jsp"
    strings:
        $r1 = /\\u+0052(untime|\\u+0075)/
        $r2 = /\\u+0065(xec\b|\\u+0078\\u+0065\\u+0063)/
        $r3 = /\\u+0067(etParameter|\\u+0065\\u+0074)/
    condition:
        filesize < 2MB and 2 of them
}

rule WH_JSP_ScriptEngine_Eval_Input
{
    meta:
        description = "JSP evaluates request-supplied script with javax.script (ScriptEngine.eval)"
        score = 85
        family = "cmdshell"
        language = "jsp"
    strings:
        $m = "ScriptEngineManager"
        $e = /\.\s*eval\s*\(/
        $src = /\.\s*get(Parameter|Header|InputStream|Reader|QueryString)\s*\(/
    condition:
        filesize < 2MB and $m and $e and $src
}

rule WH_JSP_DefineClass_Request_Bytes
{
    meta:
        description = "JSP defines a Java class at runtime from bytes it reads from the request (in-memory payload loader)"
        score = 90
        family = "generic"
        language = "jsp"
    strings:
        $dc1 = "defineClass"
        $dc2 = /"define"\s*\+\s*"Class"/
        $loader1 = /extends\s+ClassLoader\b/
        $loader2 = /getDeclaredMethod\s*\(\s*"define/
        $src = /\.\s*get(Parameter|Header|InputStream|Reader)\s*\(/
    condition:
        filesize < 2MB and any of ($dc*) and any of ($loader*) and $src
}

rule WH_JSP_Behinder_Loader
{
    meta:
        description = "Behinder (Rebeyond) JSP: AES-decrypts the request body, defines the class and hands it pageContext"
        score = 95
        family = "behinder"
        language = "jsp"
    strings:
        $k1 = /session\.(putValue|setAttribute)\s*\(\s*"u"\s*,/
        $k2 = /\.\s*equals\s*\(\s*pageContext\s*\)/
        $k3 = /\.\s*equals\s*\(\s*new\s+Object\s*\[\s*\]\s*\{\s*request\s*,\s*response/
        $k4 = /out\s*=\s*pageContext\s*\.\s*pushBody\s*\(\s*\)/
        $dc = "defineClass"
        $c1 = "Cipher.getInstance"
        $c2 = /\^\s*k\.charAt\s*\(/
        $src = /request\.get(Reader|InputStream)\s*\(/
    condition:
        filesize < 1MB and $dc and $src and (($k1 and any of ($c*)) or ($k1 and $k2) or ($k3 and $k1) or ($k4 and $k2 and any of ($c*)))
}

rule WH_JSP_Godzilla_Loader
{
    meta:
        description = "Godzilla JSP: caches the defined payload class in the session and calls it with pageContext"
        score = 95
        family = "godzilla"
        language = "jsp"
    strings:
        $p1 = /session\.getAttribute\s*\(\s*"payload"\s*\)/
        $p2 = /request\.setAttribute\s*\(\s*"parameters"\s*,/
        $p3 = /md5\.substring\s*\(\s*0\s*,\s*16\s*\)/
        $p4 = /\.\s*equals\s*\(\s*pageContext\s*\)/
        $p5 = /session\.setAttribute\s*\(\s*"[\w]{0,20}"\s*\+\s*\w+\s*,\s*\w+\s*\(/
        $dc1 = "defineClass"
        $dc2 = /"define"\s*\+\s*"Class"/
    condition:
        filesize < 1MB and any of ($dc*) and 2 of ($p*)
}

rule WH_JSP_Payload_Class_PageContext
{
    meta:
        description = "JSP instantiates a dynamically defined class and passes it pageContext (Behinder/Godzilla/AntSword handshake)"
        score = 85
        family = "generic"
        language = "jsp"
    strings:
        $a = /newInstance\s*\(\s*\)\s*\.\s*equals\s*\(\s*(pageContext|new\s+Object)/
        $b = /\.\s*equals\s*\(\s*pageContext\s*\)/
        $ni = "newInstance()"
    condition:
        filesize < 2MB and ($a or ($b and $ni))
}

rule WH_JSP_AntSword_Loader
{
    meta:
        description = "AntSword JSP: base64/hex class bytes from a request parameter defined by a ClassLoader subclass"
        score = 90
        family = "antsword"
        language = "jsp"
    strings:
        $cl = /extends\s+ClassLoader\b/
        $dc = "defineClass"
        $use = /\.\s*g\s*\(\s*(base64Decode|h2b|hex\w{0,8})\s*\(/
        $param = /getParameter\s*\(\s*"ant/
    condition:
        filesize < 1MB and $cl and $dc and ($use or $param)
}

rule WH_JSP_Chopper_Custom_Server
{
    meta:
        description = "China Chopper / AntSword JSP 'custom' server: ->| |<- framing with z0/z1/z2 action parameters"
        score = 90
        family = "antsword"
        language = "jsp"
    strings:
        $f1 = /"->"\s*\+\s*"\|"/
        $f2 = /"\|"\s*\+\s*"<-"/
        $f3 = "\"->|\""
        $f4 = "\"|<-\""
        $z1 = /getParameter\s*\(\s*"z[0-2]"\s*\)/
        // not named $f...: `2 of ($f*)` is the framing alone
        $vfn = /void\s+(AA|BB|EE|FF|GG|MM)\s*\(/
    condition:
        filesize < 1MB and 2 of ($f*) and ($z1 or #vfn >= 3)
}

rule WH_JSP_ReGeorg_Tunnel
{
    meta:
        description = "reGeorg JSP tunnel: X-CMD/X-STATUS headers drive a SocketChannel kept in the session"
        score = 95
        family = "regeorg"
        language = "jsp"
    strings:
        $h1 = "\"X-CMD\""
        $h2 = "\"X-STATUS\""
        $h3 = "\"X-TARGET\""
        $s1 = "SocketChannel"
        $s2 = "Georg says, 'All seems fine'"
    condition:
        filesize < 1MB and (($h1 and $h2 and ($h3 or $s1)) or ($s2 and $s1))
}

rule WH_JSP_Socket_Tunnel
{
    meta:
        description = "JSP HTTP tunnel (Neo-reGeorg style): opens sockets to request-chosen hosts and relays request bodies"
        score = 85
        family = "neoregeorg"
        language = "jsp"
    strings:
        $open = /SocketChannel\s*\.\s*open\s*\(/
        $addr = "InetSocketAddress"
        $nb = /configureBlocking\s*\(\s*false\s*\)/
        $keep = /(application|session)\s*\.\s*setAttribute\s*\(/
        $hdr = /request\s*\.\s*getHeader\s*\(/
        $b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        $body = /request\s*\.\s*getInputStream\s*\(/
    condition:
        filesize < 1MB and $open and $addr and $nb and $keep and $hdr and ($b64 or $body)
}

rule WH_JSP_File_Manager
{
    meta:
        description = "JSP file manager: lists, deletes and writes files at request-chosen paths"
        score = 65
        family = "uploader"
        language = "jsp"
    strings:
        $list = "listFiles()"
        $del = /\.\s*delete\s*\(\s*\)/
        $w1 = /new\s+FileOutputStream\s*\(\s*new\s+File\s*\(\s*(request\.getParameter|\w+\s*,\s*request\.getParameter)/
        $w2 = /new\s+File\s*\(\s*request\.getParameter\s*\([^)]{1,40}\)\s*\)\s*\.\s*delete/
        $src = "getParameter("
    condition:
        filesize < 2MB and $list and $del and $src and any of ($w*)
}

rule WH_JSP_Memory_Shell_Injector
{
    meta:
        description = "JSP registers a Filter/Servlet/Listener into the running Tomcat context (memory-resident webshell)"
        score = 85
        family = "generic"
        language = "jsp"
    strings:
        $ctx1 = "StandardContext"
        $ctx2 = "ApplicationContext"
        $add1 = /\.\s*addFilterDef\s*\(/
        $add2 = /\.\s*addFilterMap(Before)?\s*\(/
        $add3 = /\.\s*addServletMapping(Decoded)?\s*\(/
        $add4 = /\.\s*addApplicationEventListener\s*\(/
        $add5 = /\.\s*addChild\s*\(/
        $refl = /getDeclaredField\s*\(\s*"(context|filterConfigs|_context)"/
    condition:
        filesize < 2MB and any of ($ctx*) and $refl and 1 of ($add*)
}

rule WH_JSP_EL_Eval_Request_Input
{
    meta:
        description = "JSP evaluates request input as an EL expression (ELProcessor.eval)"
        score = 85
        family = "cmdshell"
        language = "jsp"
    strings:
        $el = /ELProcessor\s*\(\s*\)/
        $e = /\.\s*eval\s*\(/
        $src = /\.\s*get(Parameter|Header|InputStream|Reader|QueryString)\s*\(/
    condition:
        filesize < 2MB and $el and $e and $src
}
