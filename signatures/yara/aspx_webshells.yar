/*
   webhunt: ASP.NET webshells (.aspx .ashx .asmx .ascx .cshtml, App_Code/*.cs *.vb).
   Process.Start command shells, JScript.NET eval (China Chopper), Assembly.Load of decrypted request
   bytes (Behinder, Godzilla, AntSword), PowerShell runspaces, reGeorg / Neo-reGeorg socket tunnels.
*/

rule WH_ASPX_Process_Request_Input
{
    meta:
        description = "ASP.NET code starts a process (Process.Start/ProcessStartInfo) next to request input"
        score = 90
        family = "cmdshell"
        language = "aspx"
    strings:
        $p = /(Process\s*\.\s*Start\s*\(|new\s+(System\.Diagnostics\.)?ProcessStartInfo\b|\.StartInfo\s*\.\s*(FileName|Arguments)\s*=)/
        $r = /(Request\s*(\.\s*(Form|QueryString|Params|Item|Headers|Cookies|ServerVariables))?\s*\[|Request\s*(\.\s*(Form|QueryString|Params|Item|Headers|Cookies|ServerVariables))?\s*\(\s*"|Request\s*\.\s*(InputStream|BinaryRead)\b|Headers\s*\.\s*Get\s*\()/
    condition:
        filesize < 2MB and
        for any i in (1..#p) : ( for any j in (1..#r) : ( @r[j] > @p[i] - 1200 and @r[j] < @p[i] + 1200 ) )
}

rule WH_ASPX_Cmd_Exe_Concatenated_Argument
{
    meta:
        description = "ASP.NET code runs cmd.exe /c with an argument built at runtime (command shell)"
        score = 80
        family = "cmdshell"
        language = "aspx"
    strings:
        $cmd = /"cmd(\.exe)?"/ nocase
        $cat = /"\/c\s*"\s*[+&]/ nocase
        $p1 = /Process\s*\.\s*Start\s*\(/
        $p2 = "ProcessStartInfo"
        $p3 = /\.StartInfo\s*\.\s*Arguments/
        $vb = /[^.\w]Shell\s*\(\s*"cmd(\.exe)?\s+\/c\s*"\s*&/ nocase
    condition:
        filesize < 2MB and (($cmd and $cat and any of ($p*)) or $vb)
}

rule WH_ASPX_Reflected_Process
{
    meta:
        description = "ASP.NET code reaches System.Diagnostics.Process through reflection with a split type name"
        score = 85
        family = "cmdshell"
        language = "aspx"
    strings:
        $t1 = /GetType\s*\(\s*"System\.Diagnostics\.[A-Za-z]{0,14}"\s*\+/
        $t2 = /GetType\s*\(\s*"System\.Diag"\s*\+/
        $inv1 = /\.\s*Invoke(Member)?\s*\(/
        $inv2 = /Activator\s*\.\s*CreateInstance\s*\(/
    condition:
        filesize < 2MB and any of ($t*) and any of ($inv*)
}

rule WH_ASPX_PowerShell_Request_Input
{
    meta:
        description = "ASP.NET page runs request-supplied PowerShell (PowerShell.Create().AddScript)"
        score = 85
        family = "cmdshell"
        language = "aspx"
    strings:
        $ps = /PowerShell\s*\.\s*Create\s*\(/
        $add = /\.\s*AddScript\s*\(/
        $r1 = /Request\s*(\.\s*(Form|QueryString|Params|Item|Headers|Cookies))?\s*[\[(]\s*"/
        $r2 = /Request\s*\.\s*(InputStream|BinaryRead)\b/
    condition:
        filesize < 2MB and $ps and $add and any of ($r*)
}

rule WH_ASPX_JScript_Eval_Request
{
    meta:
        description = "China Chopper ASPX: JScript.NET eval of request input ('unsafe')"
        score = 95
        family = "china_chopper"
        language = "aspx"
    strings:
        $e1 = /eval\s*\(\s*(context\.|Context\.|HttpContext\.Current\.)?Request\s*(\.\s*(Item|Form|QueryString|Params))?\s*\[/ nocase
        $e2 = /eval\s*\([^;)]{1,120}"unsafe"\s*\)/ nocase
        $lang = /Language\s*=\s*"?\s*J[Ss]cript/
        // not named $e...: `any of ($e*)` would take a bare eval(x, y) of any file (a Python
        // template engine's eval(code, env)) as the whole shell
        $jev = /\beval\s*\(\s*[\w.]{1,60}\s*,/
        // JScript reads a field with brackets or parentheses: Request.Form("t"), Request("t")
        $req = /Request\s*(\.\s*(Item|Form|QueryString|Params))?\s*[\[(]/
    condition:
        filesize < 1MB and (any of ($e*) or ($lang and $jev and $req))
}

rule WH_ASPX_Assembly_Load_Request
{
    meta:
        description = "ASP.NET code loads a .NET assembly from request bytes (Assembly.Load) and instantiates it"
        score = 90
        family = "generic"
        language = "aspx"
    strings:
        $l1 = /Assembly\s*\.\s*Load\s*\(/
        $l2 = /GetMethod\s*\(\s*"Load"/
        $l3 = /GetMethod\s*\(\s*"Lo"\s*\+\s*"ad"/
        $r1 = /Request\s*\.\s*BinaryRead\s*\(/
        $r2 = /Request\s*(\.\s*(Form|QueryString|Params|Item|Headers|Cookies))?\s*\[/
        $r3 = /Request\s*\.\s*InputStream\b/
        $ci = /\.\s*CreateInstance\s*\(\s*"/
    condition:
        filesize < 2MB and any of ($l*) and any of ($r*) and $ci
}

rule WH_ASPX_Behinder_Loader
{
    meta:
        description = "Behinder ASPX: AES-decrypts Request.BinaryRead and Assembly.Loads it, calling CreateInstance(\"U\")"
        score = 95
        family = "behinder"
        language = "aspx"
    strings:
        $br = /Request\s*\.\s*BinaryRead\s*\(/
        $is = /Request\s*\.\s*InputStream\s*\.\s*Read\s*\(/
        $dec = "CreateDecryptor"
        $asm = "Assembly"
        $u = /CreateInstance\s*\(\s*"U"\s*\)\s*\.\s*Equals\s*\(/
        $u2 = /CreateInstance\s*\(\s*"U"\s*\)/
        $this = /\.\s*Equals\s*\(\s*this\s*\)/
        $sk = /Session\s*\.\s*Add\s*\(\s*"k"\s*,/
    condition:
        filesize < 1MB and ($br or $is) and $asm and ($u or ($u2 and $this and $dec) or ($dec and $sk))
}

rule WH_ASPX_Godzilla_Loader
{
    meta:
        description = "Godzilla ASPX: reflective Assembly.Load kept in Session[\"payload\"], MD5-framed response, or its payload class driven by Equals(context) and ToString()"
        score = 95
        family = "godzilla"
        language = "aspx"
    strings:
        $s = /Session\s*\[\s*"payload"\s*\]/
        $l = /GetMethod\s*\(\s*"Load"\s*,/
        $c = /CreateInstance\s*\(\s*"LY"\s*\)/
        $m = /md5\.Substring\s*\(\s*0\s*,\s*16\s*\)/
        $e = /\.\s*Equals\s*\(\s*(Context|ctx|context)\s*\)/
        $ts = /\.\s*ToString\s*\(\s*\)\s*;/
    condition:
        filesize < 1MB and (($s and 2 of ($l, $c, $m, $e)) or ($c and $e and $ts))
}

rule WH_ASPX_Chopper_Custom_Server
{
    meta:
        description = "China Chopper / AntSword ASPX 'custom' server: ->| |<- framing around request-chosen actions"
        score = 85
        family = "antsword"
        language = "aspx"
    strings:
        $f1 = "\"->|\""
        $f2 = "\"|<-\""
        $z = /Request\s*\.\s*(Form|Item|Params)?\s*[\[(.]?\s*\[?\s*"z[12]"/
        $pwd = /Request\s*\.\s*Form\s*\[\s*Pwd\s*\]/
    condition:
        filesize < 1MB and $f1 and $f2 and ($z or $pwd)
}

rule WH_ASPX_ReGeorg_Tunnel
{
    meta:
        description = "reGeorg ASPX tunnel: CONNECT/READ/FORWARD commands relay a socket kept in the session"
        score = 95
        family = "regeorg"
        language = "aspx"
    strings:
        $st = "\"X-STATUS\""
        $sock = /Session\s*\.\s*Add\s*\(\s*"socket"/
        $georg = "Georg says, 'All seems fine'"
        $fw = "\"FORWARD\""
    condition:
        filesize < 1MB and $st and ($sock or $georg) and $fw
}

rule WH_ASPX_Socket_Tunnel
{
    meta:
        description = "ASP.NET HTTP tunnel (Neo-reGeorg style): non-blocking sockets to request-chosen hosts kept across requests"
        score = 85
        family = "neoregeorg"
        language = "aspx"
    strings:
        $sock = /new\s+Socket\s*\(\s*AddressFamily/
        $nb = /\.Blocking\s*=\s*false/
        $keep = /(Application|Session)\s*\.\s*Add\s*\(/
        $h1 = /Request\s*\.\s*Headers\s*\.\s*Get\s*\(/
        $h2 = /Request\s*\.\s*QueryString\s*\.\s*Get\s*\(/
        $rs = /Response\s*\.\s*AddHeader\s*\(/
    condition:
        filesize < 1MB and $sock and $nb and $keep and any of ($h*) and $rs
}

rule WH_ASPX_Write_Request_Path
{
    meta:
        description = "ASP.NET page saves a file to a path or with content taken straight from the request (uploader)"
        score = 70
        family = "uploader"
        language = "aspx"
    strings:
        $w1 = /\.\s*SaveAs\s*\([^;]{0,120}Request\s*(\.\s*(Form|QueryString|Params|Item))?\s*[\[(]/
        $w2 = /File\s*\.\s*Write(AllBytes|AllText)\s*\(\s*Request\s*(\.\s*(Form|QueryString|Params|Item))?\s*[\[(]/
    condition:
        filesize < 2MB and any of them
}

rule WH_ASPX_Runtime_Compile_Request
{
    meta:
        description = "ASP.NET page compiles or evaluates request-supplied source (CodeDom CompileAssemblyFromSource, JScriptEvaluate)"
        score = 90
        family = "china_chopper"
        language = "aspx"
    strings:
        // CodeDom compiling the request's text in the call itself (flows through variables are
        // followed by the heuristics and the semantic layer; a template compiler near a request read is not one)
        $c1 = /CompileAssemblyFrom(Source|Dom)\s*\([^;\n]{0,300}\bRequest\s*(\.\s*(Form|QueryString|Params|Item|Headers|Cookies|InputStream))?\b/
        $c2 = /JScriptEvaluate\s*\(/
        $r = /Request\s*(\.\s*(Form|QueryString|Params|Item|Headers|Cookies))?\s*[\[(]|Request\s*\.\s*(InputStream|BinaryRead)\b/
    condition:
        filesize < 2MB and ($c1 or ($c2 and $r))
}
