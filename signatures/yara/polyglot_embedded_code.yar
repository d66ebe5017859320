/*
   webhunt: server-side code hidden in images and other non-script files (polyglots), beside the PHP
   image rules in php_polyglot.yar: ASP/ASPX/JSP code inside GIF/JPEG/PNG/ICO/BMP/WebP data, scripts
   wearing an image header to pass upload filters, fake .ico files that are PHP, poisoned logs.
   Image magic: GIF8 0x38464947, JPEG 0xD8FF, PNG 0x474E5089, ICO 0x00010000, BMP "BM" + info
   header size, WebP "RIFF....WEBP".
*/

private rule WH_Image_Magic
{
    condition:
        uint32(0) == 0x38464947 or uint16(0) == 0xD8FF or uint32(0) == 0x474E5089 or
        uint32(0) == 0x00010000 or
        (uint16(0) == 0x4D42 and (uint32(14) == 40 or uint32(14) == 108 or uint32(14) == 124)) or
        (uint32(0) == 0x46464952 and uint32(8) == 0x50424557)
}

rule WH_Polyglot_Image_ASP_Code
{
    meta:
        description = "image file carrying ASP/ASP.NET server code (<% eval/execute/Request ... %> or a Page directive)"
        score = 85
        family = "polyglot"
        language = "any"
    strings:
        $a1 = /<%\s{0,10}(eval|execute|executeglobal)\s*\(?\s*request/ nocase
        $a2 = /<%@\s{0,10}Page\s+Language\s*=\s*"?(Jscript|C#|VB|csharp)/ nocase
        $a3 = /<%[=\s]{0,10}(Response\.Write|Server\.CreateObject|CreateObject\s*\()/ nocase
        $a4 = /<script[^>]{0,60}runat\s*=\s*"?server/ nocase
    condition:
        WH_Image_Magic and any of them
}

rule WH_Polyglot_Image_JSP_Code
{
    meta:
        description = "image file carrying JSP code (scriptlet with Runtime.exec, request parameters or a class loader)"
        score = 90
        family = "polyglot"
        language = "any"
    strings:
        $open = /<%[!@=]?/
        $j1 = /getRuntime\s*\(\s*\)\s*\.\s*exec\s*\(/
        $j2 = "defineClass"
        $j3 = /request\.getParameter\s*\(/
        $j4 = /extends\s+ClassLoader/
        $j5 = "<jsp:scriptlet>"
        $j6 = /<%@\s*page\s+import\s*=/ nocase
    condition:
        WH_Image_Magic and (($open and any of ($j1, $j2, $j3, $j4)) or $j5 or $j6)
}

rule WH_Polyglot_Script_With_Image_Header
{
    meta:
        description = "server script that starts with an image header (GIF89a;/JPEG/PNG magic) to pass upload checks"
        score = 60
        family = "polyglot"
        language = "any"
    strings:
        $php = /<\?(php|=)/ nocase
        $asp = "<%"
    condition:
        WH_Image_Magic and any of them and
        (filetype == "php" or filetype == "asp" or filetype == "aspx" or filetype == "jsp" or
         extension matches /^(php[0-9]?|phtml|phar|asp|aspx|ashx|asa|cer|jsp|jspx)$/)
}

rule WH_Polyglot_Fake_Icon_PHP
{
    meta:
        description = "'.ico' file that is PHP code, not an icon (loaded by an @include backdoor)"
        score = 90
        family = "polyglot"
        language = "any"
    strings:
        $php = /<\?(php|=)/ nocase
        $c1 = "eval" nocase
        $c2 = "assert" nocase
        $c3 = "base64_decode" nocase
        $c4 = "gzinflate" nocase
        $c5 = "str_rot13" nocase
        $c6 = /\\x[0-9a-fA-F]{2}\\x[0-9a-fA-F]{2}/
        $c7 = "$_POST"
        $c8 = "$_GET"
        $c9 = "$_COOKIE"
        $c10 = "$_REQUEST"
    condition:
        extension == "ico" and uint32(0) != 0x00010000 and $php in (0..1024) and any of ($c*)
}

rule WH_Polyglot_Upload_Text_PHP
{
    meta:
        description = "PHP code with request input and an execution call in a text/data file inside an upload directory"
        score = 75
        family = "polyglot"
        language = "any"
    strings:
        $php = /<\?(php|=)/ nocase
        $sink = /(eval|assert|system|passthru|shell_exec|popen|proc_open|create_function|move_uploaded_file)\s*\(/ nocase
        $src = /\$_(GET|POST|REQUEST|COOKIE|FILES)\b/
    condition:
        filesize < 5MB and $php and $sink and $src and
        extension matches /^(txt|log|dat|tmp|csv|json|xml|ico|jpe?g|png|gif|bmp|webp|svg|pdf|zip|doc|docx)$/ and
        filepath matches /(^|\/)(uploads?|files|images?|img|media|attachments?|avatars?|tmp|temp|cache)\//i and
        not filepath matches /(^|\/)(docs?|documentation|manual)\//i
}

rule WH_Polyglot_Log_Poisoning_PHP
{
    meta:
        description = "log file with PHP code injected into logged requests (log poisoning for a file-inclusion attack)"
        score = 70
        family = "polyglot"
        language = "any"
    strings:
        $php = /<\?(php|=)[^\r\n]{0,120}(system|passthru|shell_exec|exec|eval|assert|popen)\s*\(\s*\$_(GET|POST|REQUEST|COOKIE)/ nocase
        $line1 = /"(GET|POST|HEAD) \/[^"\r\n]{0,300} HTTP\/1\.[01]" \d{3} /
        $line2 = /\] \[[a-z_]{2,12}:(error|warn|notice)\] \[pid \d{1,7}/
    condition:
        filesize < 50MB and $php and (extension == "log" or filename matches /(access|error)[._-]?log/i or any of ($line*))
}
