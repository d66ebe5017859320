/*
   webhunt: classic ASP webshells (VBScript / JScript; .asp .asa .cer and IIS upload tricks).
   eval/execute of request input (China Chopper), WScript.Shell command shells, FileSystemObject
   file managers, ADODB.Stream uploaders and droppers, chr()/StrReverse/Script Encoder obfuscation.
*/

rule WH_ASP_Eval_Request
{
    meta:
        description = "Classic ASP evaluates request input (eval/execute/ExecuteGlobal request(...)) - China Chopper style"
        score = 95
        family = "china_chopper"
        language = "asp"
    strings:
        $e = /[^.\w](eval|execute|executeglobal)\s*\(?\s*request\s*(\.\s*(form|querystring|item|cookies))?\s*[\(\[]/ nocase
    condition:
        filesize < 2MB and $e
}

rule WH_ASP_Execute_Obfuscated_String
{
    meta:
        description = "Classic ASP executes a string it builds from chr() codes, StrReverse or Replace (hidden code)"
        score = 85
        family = "china_chopper"
        language = "asp"
    strings:
        $chr = /(execute|executeglobal|eval)\s*\(?\s*chrw?\s*\(\s*\d{2,3}\s*\)\s*&\s*chrw?\s*\(/ nocase
        $rev1 = "tseuqer" nocase
        $rev2 = /strreverse\s*\(\s*"[^"\r\n]{0,80}(lave|etucexe)/ nocase
        $ex = /[^.\w](execute|executeglobal|eval)\b/ nocase
        $rep = /replace\s*\(\s*"[^"\r\n]{0,10}(e\w{0,6}v\w{0,6}a\w{0,6}l|e\w{0,6}x\w{0,6}e\w{0,6}c\w{0,6}u\w{0,6}t\w{0,6}e)[^"\r\n]{0,40}r\w{0,6}e\w{0,6}q\w{0,6}u\w{0,6}e\w{0,6}s\w{0,6}t/ nocase
    condition:
        filesize < 2MB and ($chr or (($rev1 or $rev2 or $rep) and $ex))
}

rule WH_ASP_Chr_Built_Object_Name
{
    meta:
        description = "Classic ASP creates a COM object whose name is hidden in chr() codes or split strings"
        score = 60
        family = "generic"
        language = "asp"
    strings:
        $c1 = /CreateObject\s*\(\s*chrw?\s*\(\s*\d{2,3}\s*\)\s*&\s*chrw?\s*\(\s*\d{2,3}\s*\)\s*&/ nocase
        $c2 = /CreateObject\s*\(\s*\w{0,10}\(?\s*"(WSc|WScr|Scri|Scrip|Shel|Shell\.|ADOD|Scripting)"\s*[&+,]/ nocase
    condition:
        filesize < 2MB and any of them
}

rule WH_ASP_WScript_Shell_Request
{
    meta:
        description = "Classic ASP runs commands through WScript.Shell / Shell.Application with request input"
        score = 90
        family = "cmdshell"
        language = "asp"
    strings:
        $o1 = "WScript.Shell" nocase
        $o2 = "Shell.Application" nocase
        $o3 = /"WSc"\s*,\s*"ript\."/ nocase
        $x1 = /\.\s*(Exec|Run)\s*[\("]/ nocase
        $x2 = /\.\s*ShellExecute\b/ nocase
        $x3 = /\.\s*Run\s+"/ nocase
        $x4 = /\.\s*Exec\s*\(/ nocase
        $r = /Request\s*(\.\s*(Form|QueryString|Item|Cookies|ServerVariables))?\s*\(/ nocase
        // server-set variables (the signed-in account, the client's address, the server's own name
        // and paths) that a status page checks before running a fixed command carry no input
        $srv = /Request\s*\.\s*ServerVariables\s*\(\s*"(AUTH_USER|AUTH_TYPE|LOGON_USER|REMOTE_USER|REMOTE_ADDR|REMOTE_HOST|LOCAL_ADDR|SERVER_NAME|SERVER_PORT|SERVER_SOFTWARE|SCRIPT_NAME|HTTPS|APPL_PHYSICAL_PATH|APPL_MD_PATH|INSTANCE_ID)"\s*\)/ nocase
    condition:
        filesize < 2MB and any of ($o*) and any of ($x*) and #r > #srv
}

rule WH_ASP_FSO_File_Manager
{
    meta:
        description = "Classic ASP file manager: FileSystemObject browses, deletes and writes files at request-chosen paths"
        score = 70
        family = "generic"
        language = "asp"
    strings:
        $fso = "Scripting.FileSystemObject" nocase
        $w1 = /CreateTextFile\s*\(\s*Request/ nocase
        $w2 = /[^e]\.\s*Write\s*\(?\s*Request\s*(\.\s*(Form|QueryString|Item))?\s*\(/ nocase
        $d1 = /\.\s*Delete(File|Folder)\s*\(?\s*Request/ nocase
        $d2 = /\.\s*(GetFolder|MoveFile|CopyFile)\s*\(?\s*Request/ nocase
    condition:
        filesize < 2MB and $fso and 2 of ($w*, $d*)
}

rule WH_ASP_Write_Request_To_File
{
    meta:
        description = "Classic ASP writes request data into a file it creates (FileSystemObject/ADODB dropper)"
        score = 70
        family = "uploader"
        language = "asp"
    strings:
        $ctf = /\.\s*CreateTextFile\s*\(/ nocase
        $w = /[^e]\.\s*Write(Text)?\s*\(?\s*Request\s*(\.\s*(Form|QueryString|Item))?\s*\(/ nocase
    condition:
        filesize < 2MB and $ctf and $w
}

rule WH_ASP_ADODB_Stream_Request_Path
{
    meta:
        description = "Classic ASP saves bytes with ADODB.Stream to a path taken from the request (uploader/dropper)"
        score = 80
        family = "uploader"
        language = "asp"
    strings:
        $st = "ADODB.Stream" nocase
        $s1 = /SaveToFile\s*\(?\s*(Server\.MapPath\s*\(\s*)?Request\s*(\.\s*(Form|QueryString|Item))?\s*\(/ nocase
        $s2 = /SaveToFile\s*\(?\s*(Server\.MapPath\s*\(\s*)?\w{1,20}\s*\)?\s*,/ nocase
        $q = /Request\s*(\.\s*(Form|QueryString|Item))?\s*\(\s*"/ nocase
        $w = /\.WriteText\s*[\(=]?\s*Request/ nocase
    condition:
        filesize < 2MB and $st and ($s1 or $w or ($s2 and $q and #q <= 3))
}

rule WH_ASP_Remote_Download_Dropper
{
    meta:
        description = "Classic ASP downloads a request-chosen URL (ServerXMLHTTP) and saves it with ADODB.Stream"
        score = 80
        family = "uploader"
        language = "asp"
    strings:
        $x = "XMLHTTP" nocase
        $st = "ADODB.Stream" nocase
        $save = "SaveToFile" nocase
        $open = /\.\s*Open\s*"GET"\s*,\s*Request/ nocase
        $r = /Request\s*(\.\s*(Form|QueryString|Item))?\s*\(/ nocase
    condition:
        // the request read close to the save, as a dropper writes it (WH-H-ASP-008's window): an
        // editor's upload class keeps its request parsing apart from its image fetcher
        filesize < 2MB and $x and $st and $save and ($open or
            for any i in (1..#save) : ( for any j in (1..#r) : ( @r[j] > @save[i] - 1500 and @r[j] < @save[i] + 1500 ) ))
}

rule WH_ASP_Script_Encoded
{
    meta:
        description = "Classic ASP hidden with the Microsoft Script Encoder (VBScript.Encode/JScript.Encode, #@~^ blocks)"
        score = 55
        family = "packer"
        language = "asp"
    strings:
        $lang = /(VBScript|JScript)\.Encode/ nocase
        $blk = /#@~\^[A-Za-z0-9+\/]{6}==/
        $end = "^#~@"
    condition:
        filesize < 2MB and $blk and $end and ($lang or #blk >= 2)
}

rule WH_ASP_JScript_Eval_Request
{
    meta:
        description = "Classic ASP (JScript) evaluates a value read from Request"
        score = 80
        family = "china_chopper"
        language = "asp"
    strings:
        $lang = /Language\s*=\s*"?\s*JScript/ nocase
        $r = /=\s*Request\s*(\.\s*(Form|QueryString|Item|Cookies))?\s*\(/ nocase
        $e = /[^.\w]eval\s*\(\s*\w{1,30}\s*[+)]/
    condition:
        filesize < 1MB and $lang and $r and $e
}

rule WH_ASP_Image_Header_Script
{
    meta:
        description = "Classic ASP code behind a GIF/JPEG/PNG header (IIS 'shell.asp;.jpg' upload trick)"
        score = 85
        family = "china_chopper"
        language = "asp"
    strings:
        $code = /<%\s*(eval|execute|executeglobal)\s*\(?\s*request/ nocase
    condition:
        filesize < 2MB and (uint32(0) == 0x38464947 or uint16(0) == 0xD8FF or uint32(0) == 0x474E5089) and $code
}
