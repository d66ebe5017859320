/*
   webhunt: CGI webshells under cgi-bin (Perl, Python, shell) running request input.
   Rules require a CGI context: the engine's filetype "cgi" or a CGI-ish extension.
*/

rule WH_CGI_Perl_Request_Exec
{
    meta:
        description = "Perl CGI runs a command or code taken from the request (param/QUERY_STRING/STDIN)"
        score = 90
        family = "cmdshell"
        language = "cgi"
    strings:
        $s1 = /param\s*\(\s*['"]\w{1,20}['"]\s*\)/
        $s2 = /\$ENV\s*\{\s*['"]?(QUERY_STRING|HTTP_\w{1,30})['"]?\s*\}/
        $s3 = /read\s*\(\s*STDIN\s*,/
        $x1 = /`\$\w{1,30}[^`\r\n]{0,40}`/
        $x2 = /\b(system|exec)\s*\(?\s*\$\w/
        $x3 = /\bqx\s*[\{(\/]\s*\$\w/
        $x4 = /\beval\s*(\(\s*(decode_base64|pack|\$\w)|;)/
        $x5 = /\bopen\s*\([^)]{0,60}\|\s*["']\s*\)/
        $perl = /^#!\s*\S{0,30}perl/
        $use = /use\s+CGI\b/
    condition:
        filesize < 1MB and ($perl or $use or filetype == "cgi") and any of ($s*) and any of ($x*)
}

rule WH_CGI_Python_Request_Exec
{
    meta:
        description = "Python CGI runs a command or code taken from the request (FieldStorage/QUERY_STRING)"
        score = 90
        family = "cmdshell"
        language = "cgi"
    strings:
        $s1 = "cgi.FieldStorage"
        $s2 = /environ(\.get\s*\(|\s*\[)\s*['"](QUERY_STRING|HTTP_\w{1,30})['"]/
        $x1 = /subprocess\.(run|call|check_output|Popen|getoutput)\s*\(/
        $x2 = /os\.(system|popen|exec\w{1,3})\s*\(/
        $x3 = /\b(exec|eval)\s*\(\s*(base64\.b64decode|\w{1,20}\s*\)|\w{1,20}\.getvalue)/
        $x4 = /\bexec\s*\(\s*base64/
    condition:
        filesize < 1MB and any of ($s*) and any of ($x*)
}

rule WH_CGI_Shell_QueryString_Exec
{
    meta:
        description = "Shell CGI executes the query string (eval / piping QUERY_STRING into a shell)"
        score = 85
        family = "cmdshell"
        language = "cgi"
    strings:
        $qs = "QUERY_STRING"
        $x1 = /\beval\s+["']?\$/
        $x2 = /\|\s*(\/bin\/)?(ba|da|z)?sh\b/
        $x3 = /\bsh\s+-c\s+["']?\$/
        $sh = /^#!\s*\S{0,20}sh\b/
    condition:
        filesize < 1MB and $sh and $qs and any of ($x*)
}

rule WH_CGI_SSI_Exec_Request_Input
{
    meta:
        description = "server-side include page runs a command built from the request (<!--#exec cmd with QUERY_STRING or a header)"
        score = 85
        family = "cmdshell"
        language = "any"
    strings:
        $exec = /<!--#exec\s+(cmd|cgi)\s*=/ nocase
        $req = /\$\{?(QUERY_STRING(_UNESCAPED)?|HTTP_[A-Z_]{2,40}|REQUEST_URI|DOCUMENT_URI)\b/
        $set = /<!--#set\s+var\s*=\s*"?\w{1,40}"?\s+value\s*=\s*"?\$\{?(QUERY_STRING(_UNESCAPED)?|HTTP_[A-Z_]{2,40})/ nocase
    condition:
        $exec and ($req or $set)
}
