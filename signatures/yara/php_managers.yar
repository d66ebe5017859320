/*
 * Web file managers used as backdoors: c99, r57, WSO / FilesMan, b374k and their many
 * rebranded descendants. Markers first (names the families carry), then structure
 * (what the tools do) so a renamed copy is still recognised.
 */

rule WH_PHP_C99_Shell
{
    meta:
        description = "c99 shell family (c99shell / c99madshell / c100): file manager with command execution"
        score = 95
        family = "c99"
        language = "php"
    strings:
        $n1 = "c99sh" nocase
        $n2 = "c99_buff_prepare" nocase
        $n3 = "c99_sess_put" nocase
        $n4 = "c99fsearch" nocase
        $n5 = "c99ftpbrute" nocase
        $n6 = "c99getsource" nocase
        $n7 = "c99madshell" nocase
        $n8 = "c100sh" nocase
        $ex = /\b(system|passthru|shell_exec|exec|popen|proc_open|eval)\s*\(/
    condition:
        any of ($n*) and $ex
}

rule WH_PHP_C99_Structure
{
    meta:
        description = "c99-style file manager: ?act= navigation (ls, cmd, upload, sql, selfremove) with command execution"
        score = 80
        family = "c99"
        language = "php"
    strings:
        $a1 = "act=ls" nocase
        $a2 = "act=cmd" nocase
        $a3 = "act=upload" nocase
        $a4 = "act=sql" nocase
        $a5 = "act=selfremove" nocase
        $a6 = "act=ps_aux" nocase
        $a7 = "act=security" nocase
        $a8 = "act=f&f=" nocase
        $a9 = "act=eval" nocase
        $a10 = "act=search" nocase
        $ex = /\b(system|passthru|shell_exec|exec|popen|proc_open)\s*\(/
        $surl = "$surl"
    condition:
        $ex and (5 of ($a*) or ($surl and 3 of ($a*)))
}

rule WH_PHP_R57_Shell
{
    meta:
        description = "r57 shell family: multilingual (ru/eng) web console with bind/back-connect and SQL"
        score = 95
        family = "r57"
        language = "php"
    strings:
        $n1 = "r57shell" nocase
        $n2 = "r57_pwd_hash" nocase
        $l1 = /['"]ru_text\d{1,3}['"]\s*=>/
        $l2 = /['"]eng_text\d{1,3}['"]\s*=>/
        $l3 = /\$lang\s*\[\s*\$language\s*\.\s*['"]_text\d/
        $ex = /\b(system|passthru|shell_exec|exec|popen|proc_open|eval)\s*\(/
    condition:
        $ex and (any of ($n*) or (2 of ($l*)))
}

rule WH_PHP_WSO_Shell
{
    meta:
        description = "WSO (Web Shell by oRb) family: wsoEx/wsoHeader helpers and action* dispatch"
        score = 95
        family = "wso"
        language = "php"
    strings:
        $f1 = /function\s+wso(Ex|Login|Header|Footer|Perms|PermsColor|ViewSize|Scandir|Which|StripSlashes|RecursiveGlob|Bruteforce)\s*\(/ nocase
        $f2 = /WSOsetcookie\s*\(/ nocase
        $f3 = "WSO_VERSION" nocase
        $f4 = /wso_version/ nocase
    condition:
        2 of them
}

rule WH_PHP_FilesMan_Dispatch
{
    meta:
        description = "FilesMan file manager core (WSO and descendants): action names such as FilesMan/FilesTools/SelfRemove with request-driven dispatch"
        score = 85
        family = "filesman"
        language = "php"
    strings:
        $fm = "FilesMan" nocase
        $act1 = /function\s+action(FilesMan|FilesTools|SecInfo|Console|Php|Sql|Network|SelfRemove|Bruteforce|StringTools|SafeMode|Logout|Infect|RC)\s*\(/
        $act2 = /['"](FilesTools|SecInfo|SelfRemove|StringTools|Bruteforce)['"]/
        $dispatch = /call_user_func\s*\(\s*['"]action['"]\s*\.\s*\$_(POST|GET|REQUEST)/
        $defact = /\$default_action\s*=\s*['"]FilesMan['"]/ nocase
        $p1 = /\$_(POST|REQUEST)\s*\[\s*['"]p1['"]\s*\]/
        $p2 = /\$_(POST|REQUEST)\s*\[\s*['"]p2['"]\s*\]/
        $ex = /\b(system|passthru|shell_exec|exec|popen|proc_open|eval|move_uploaded_file|file_put_contents|fwrite|unlink)\s*\(/
    condition:
        $fm and $ex and ($defact or $dispatch or #act1 >= 2 or #act2 >= 2 or ($p1 and $p2))
}

rule WH_PHP_FilesMan_Name
{
    meta:
        description = "file names the FilesMan action (the WSO file-manager core reused by many shells)"
        score = 45
        family = "filesman"
        language = "php"
    strings:
        $fm1 = /['"]FilesMan['"]/
        $fm2 = /\bFilesMan\b/
        $php = "<?"
    condition:
        $php and any of ($fm*)
}

rule WH_PHP_B374k_Shell
{
    meta:
        description = "b374k shell family (2.x single file and 3.x packed/modular)"
        score = 95
        family = "b374k"
        language = "php"
    strings:
        $n = "b374k" nocase
        $s1 = /\$s_(pass|func|auth|rs_\w+|title|ver)\s*=/
        $s2 = /\$GLOBALS\s*\[\s*['"](module_to_load|module|packer|resources)['"]\s*\]/
        $s3 = /\$b374k\s*=\s*\$\w+\s*\(/ nocase
        $s4 = /function\s+s_exe\s*\(/
        $php = "<?"
    condition:
        $php and $n and any of ($s*)
}

rule WH_PHP_Shell_Alias_List
{
    meta:
        description = "canned recon command list shared by c99/r57/WSO shells (find suid files, locate config.inc.php, .htpasswd ...)"
        score = 85
        family = "generic"
        language = "php"
    strings:
        $c1 = "find / -type f -perm -04000" nocase
        $c2 = "find . -type f -perm -04000" nocase
        $c3 = "find / -type f -perm -02000" nocase
        $c4 = "-name config.inc.php" nocase
        $c5 = "-name .htpasswd" nocase
        $c6 = "-name .bash_history" nocase
        $c7 = "-name service.pwd" nocase
        $c8 = "locate httpd.conf" nocase
        $c9 = "locate vhosts.conf" nocase
        $c10 = "lsattr -va" nocase
        $c11 = "find / -perm -2 -ls" nocase
        $c12 = "netstat -an | grep -i listen" nocase
        $c13 = "locate config.inc.php" nocase
    condition:
        3 of them
}

rule WH_PHP_File_Manager_Shell_Structure
{
    meta:
        description = "unauthenticated-style web shell structure: directory listing, uploads, command execution and server recon or self-removal in one script"
        score = 70
        family = "generic"
        language = "php"
    strings:
        $ex1 = /[^\w>:$]shell_exec\s*\(/
        $ex2 = /[^\w>:$](system|passthru|popen|proc_open)\s*\(\s*\$/
        $ex3 = /[^\w>:$]exec\s*\(\s*\$\w+\s*,\s*\$/
        $up1 = /move_uploaded_file\s*\(/
        $up2 = /copy\s*\(\s*\$_FILES/
        $ls1 = /\b(scandir|opendir|readdir|glob)\s*\(/
        $self1 = /unlink\s*\(\s*(__FILE__|\$_SERVER\s*\[\s*['"]SCRIPT_FILENAME|preg_replace\s*\([^;]{1,40}__FILE__)/
        $r1 = "php_uname" nocase
        $r2 = "disable_functions" nocase
        $r3 = "safe_mode" nocase
        $r4 = "/etc/passwd"
        $r5 = "posix_getpwuid"
        $r6 = "uname -a"
        $r7 = /['"](back-?connect|bind\s*port)/ nocase
        $input = /\$_(POST|GET|REQUEST|COOKIE)\s*\[/
    condition:
        $input and any of ($ex*) and any of ($up*) and $ls1 and ($self1 or 3 of ($r*))
}

rule WH_PHP_Exec_Function_Fallback
{
    meta:
        description = "tries one command-execution function after another until one is not disabled (shell helper such as ex()/wsoEx()/myshellexec())"
        score = 55
        family = "cmdshell"
        language = "php"
    strings:
        $f1 = /(function_exists|is_callable)\s*\(\s*['"]system['"]\s*\)/ nocase
        $f2 = /(function_exists|is_callable)\s*\(\s*['"]shell_exec['"]\s*\)/ nocase
        $f3 = /(function_exists|is_callable)\s*\(\s*['"]exec['"]\s*\)/ nocase
        $f4 = /(function_exists|is_callable)\s*\(\s*['"]passthru['"]\s*\)/ nocase
        $f5 = /(function_exists|is_callable)\s*\(\s*['"]popen['"]\s*\)/ nocase
        $f6 = /(function_exists|is_callable)\s*\(\s*['"]proc_open['"]\s*\)/ nocase
        $run = /[^\w>:$](system|passthru|shell_exec)\s*\(\s*\$\w+/
    condition:
        $run and 3 of ($f*)
}
