/*
   webhunt: ColdFusion webshells (.cfm .cfc): cfexecute with request scopes, java.lang.Runtime through
   createObject, Evaluate of request input, cffile managers writing where the request says.
*/

rule WH_CFM_Cfexecute_Request_Input
{
    meta:
        description = "ColdFusion runs a program whose name or arguments come from url/form/cookie scopes (cfexecute)"
        score = 90
        family = "cmdshell"
        language = "cfm"
    strings:
        $x = /<cfexecute[^>]{0,400}#\s*(url|form|cookie|cgi)\./ nocase
        $s = /cfexecute\s*\([^)]{0,200}(url|form|cookie)\./ nocase
    condition:
        filesize < 2MB and any of them
}

rule WH_CFM_Java_Runtime_Exec
{
    meta:
        description = "ColdFusion creates java.lang.Runtime/ProcessBuilder (createObject(\"java\", ...)) and starts a process"
        score = 85
        family = "cmdshell"
        language = "cfm"
    strings:
        $c1 = /createObject\s*\(\s*"java"\s*,\s*"java\.lang\.Runtime"/ nocase
        $c2 = /"java\.lang\.?"\s*&\s*"/ nocase
        $co = /createObject\s*\(\s*"java"/ nocase
        $exec = /\.exec\s*\(/
        $pb = /createObject\s*\(\s*"java"\s*,\s*"java\.lang\.ProcessBuilder"\s*\)[^;\r\n]{0,200}\.start\s*\(\s*\)/ nocase
    condition:
        filesize < 2MB and (($exec and ($c1 or ($c2 and $co))) or $pb)
}

rule WH_CFM_Evaluate_Request_Input
{
    meta:
        description = "ColdFusion evaluates code taken from url/form/cookie scopes (Evaluate)"
        score = 85
        family = "china_chopper"
        language = "cfm"
    strings:
        $e = /(Precision)?Evaluate\s*\(\s*[^)]{0,60}\b(url|form|cookie)\.\w/ nocase
    condition:
        filesize < 2MB and $e
}

rule WH_CFM_File_Request_Path
{
    meta:
        description = "ColdFusion cffile writes, uploads or deletes at a path taken from url/form scopes (file manager)"
        score = 80
        family = "uploader"
        language = "cfm"
    strings:
        $f = /<cffile[^>]{0,300}(file|destination)\s*=\s*"#[^"#]{0,30}\b(url|form)\./ nocase
    condition:
        filesize < 2MB and $f
}
