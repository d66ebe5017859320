/*
   webhunt: web-server configuration tricks that make uploads executable (the config layer,
   webhunt/detect/config_files.py, explains the same files in detail; these rules keep the clear
   cases visible to any YARA pipeline using the filename/filetype externals).
*/

private rule WH_Is_Htaccess
{
    condition:
        filetype == "htaccess" or filename == ".htaccess" or filename matches /^\.?htaccess(\.|$)/i
}

private rule WH_Is_User_Ini
{
    condition:
        filetype == "user_ini" or filename == ".user.ini" or filename == "php.ini" or filename == "php5.ini"
}

private rule WH_Is_Web_Config
{
    condition:
        filetype == "web_config" or filename matches /^web\.config$/i
}

rule WH_CFG_Htaccess_Self_Executing
{
    meta:
        description = ".htaccess maps itself to PHP (or prepends itself) and carries PHP code: the config file is the shell"
        score = 95
        family = "config"
        language = "any"
    strings:
        $map1 = /AddType\s+"?[\w\/.:-]{0,40}php[\w\/.:-]{0,20}"?\s+[^\r\n]{0,80}\.htaccess/ nocase
        $map2 = /AddHandler\s+"?[\w\/.:-]{0,40}php[\w\/.:-]{0,20}"?\s+[^\r\n]{0,80}\.htaccess/ nocase
        $map3 = /auto_(prepend|append)_file\s+"?\S{0,80}\.htaccess/ nocase
        $files = /<Files\s+(~\s*)?"?\^?\\?\.ht/ nocase
        $seth = /SetHandler\s+"?[\w\/.:-]{0,40}php/ nocase
        $code = /<\?(php|=)/ nocase
    condition:
        WH_Is_Htaccess and $code and (any of ($map*) or ($files and $seth))
}

rule WH_CFG_Htaccess_Image_To_Script
{
    meta:
        description = ".htaccess maps image/text extensions (.jpg .png .gif .ico .txt ...) to PHP or CGI: uploads run as code"
        score = 80
        family = "config"
        language = "any"
    strings:
        $add = /Add(Type|Handler)[\s\\]+"?([\w\/:-][\w\/.:-]{0,39})?(php|cgi-script|fcgid-script)[\w\/.:-]{0,20}"?[\s\\]+[^\r\n]{0,80}\.(jpe?g|png|gif|ico|bmp|webp|txt|log)\b/ nocase
        $act = /Action\s+[\w-]{1,40}\s+"?\S{0,80}php/ nocase
        $acth = /AddHandler\s+[\w-]{1,40}\s+[^\r\n]{0,60}\.(jpe?g|png|gif|ico|bmp|txt)\b/ nocase
        $fm = /<FilesMatch\s+"?[^>\r\n]{0,60}(jpe?g|png|gif|ico|txt)[^>\r\n]{0,40}>\s*(#[^\r\n]*\s+)*(SetHandler|ForceType)\s+"?[\w\/.:-]{0,40}(php|proxy:unix|proxy:fcgi)/ nocase
        $files = /<Files\s+"?[\w.*?-]{0,60}\.(jpe?g|png|gif|ico|bmp|txt|log)"?\s*>\s*(#[^\r\n]*\s+)*(SetHandler|ForceType)\s+"?[\w\/.:-]{0,40}(php|proxy:unix|proxy:fcgi)/ nocase
        $ssi = /AddOutputFilter\s+INCLUDES\s+[^\r\n]{0,60}\.(jpe?g|png|gif|ico|txt)\b/ nocase
    condition:
        WH_Is_Htaccess and ($add or $fm or $files or $ssi or ($act and $acth))
}

rule WH_CFG_Prepend_Suspicious_File
{
    meta:
        description = "auto_prepend_file/auto_append_file points at an image/text file, a temp path or a stream wrapper"
        score = 80
        family = "config"
        language = "any"
    strings:
        $img = /auto_(prepend|append)_file[\s="']{1,6}[^\r\n;]{0,200}\.(jpe?g|png|gif|ico|bmp|txt|log|dat|tmp)["']?\s*$/ nocase
        $tmp = /auto_(prepend|append)_file[\s="']{1,6}\/(tmp|dev\/shm|var\/tmp)\// nocase
        $wrap = /auto_(prepend|append)_file[\s="']{1,6}(php|data|https?|ftp|expect|phar|zip):\/\// nocase
    condition:
        (WH_Is_Htaccess or WH_Is_User_Ini) and any of them
}

rule WH_CFG_WebConfig_Script_Handler_For_Images
{
    meta:
        description = "web.config maps images/text/.config files to a script handler (FastCGI/ISAPI/ASP.NET page handler)"
        score = 80
        family = "config"
        language = "any"
    strings:
        $h1 = /path\s*=\s*"\*\.(jpe?g|png|gif|ico|bmp|txt|config)"[^>]{0,400}(FastCgiModule|IsapiModule|CgiModule|PageHandlerFactory)/ nocase
        $h2 = /(FastCgiModule|IsapiModule|CgiModule|PageHandlerFactory)[^>]{0,400}path\s*=\s*"\*\.(jpe?g|png|gif|ico|bmp|txt|config)"/ nocase
        $bp = /extension\s*=\s*"\.(jpe?g|png|gif|ico|bmp|txt)"[^>]{0,200}PageBuildProvider/ nocase
    condition:
        WH_Is_Web_Config and any of them
}

rule WH_CFG_WebConfig_Server_Code
{
    meta:
        description = "web.config carries ASP code (<% ... %>): with a .config handler it runs as a webshell"
        score = 85
        family = "config"
        language = "any"
    strings:
        $open = "<%"
        $k1 = "Response.Write" nocase
        $k2 = "CreateObject" nocase
        $k3 = "Request(" nocase
        $k4 = "Request." nocase
        $k5 = "Execute(" nocase
        $k6 = "eval(" nocase
    condition:
        WH_Is_Web_Config and $open and
        for any i in (1..#open) : ( for any of ($k*) : ( $ in (@open[i] .. @open[i] + 600) ) )
}
