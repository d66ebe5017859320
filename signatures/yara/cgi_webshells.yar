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
        $s4 = /->\s*(Vars|param)\b|\bReadParse\s*\(|\bCGI::Vars\b/
        // the posted body read line by line, and CGI.pm's param() given a name in a variable or
        // listing every name (map { $_ => param($_) } param())
        $s5 = /<\s*STDIN\s*>/
        $s6 = /\bparam\s*\(\s*(\$\w|\))/
        // system/exec and qx running a command line with a variable in it (backticks around
        // one anywhere: signatures/heuristics/cgi.toml, YARA finds no atom in them)
        $x1 = /`\$\w{1,30}[^`\r\n]{0,40}`/
        // also a variable decoded on the way (system(unpack("u", $1)), exec(decode_base64($c)))
        // (whole words: a helper named exec_cmd() or system_info() is the script's own sub)
        $c2 = /\b(system|exec)\b\s*\(?\s*(\w{1,30}\s*\(\s*(["'][^"'\r\n]{0,12}["']\s*,\s*)?){0,3}(\$\w|"[^"\r\n]{0,80}\$\w)/
        // ... except a fixed program under a directory a variable names, and nothing after it:
        // exec("$InstallRoot/grapher.cgi"), system("perl $Bin/cleanup.pl") hand the request
        // nothing (every such match is also a $c2 match: counted against it below)
        $d2 = /\b(system|exec)\b\s*\(?\s*"[^"$\r\n]{0,40}\$\w[\w:]{0,80}\/[\w.\/-]{1,60}"\s*\)?\s*;/
        // ... and the same fixed program in list form, its arguments after a comma (no shell reads
        // them): system("$RT::SbinPath/indexer", "--all", $db); not when the program named is a
        // shell or an interpreter ("$bin/sh", "-c", $cmd), which $d3i counts back
        $d3 = /\b(system|exec)\b\s*\(?\s*"[^"$\r\n]{0,40}\$\w[\w:]{0,80}\/[\w.\/-]{1,60}"\s*,/
        $d3i = /\b(system|exec)\b\s*\(?\s*"[^"$\r\n]{0,40}\$\w[\w:]{0,80}\/([\w.\/-]{0,40}\/)?((ba|da|z|k|c|tc|fi|mk)?sh|perl|python|ruby|php|node|env|lua|tclsh|awk|gawk|busybox|nc|ncat|socat)[\d.]{0,4}"\s*,/
        $x3 = /\bqx\s*([\{(\/])[^\})\/\r\n]{0,60}\$\w/
        $x4 = /\beval\s*(\(\s*(decode_base64|pack|unpack|\$\w)|;)/
        $x6 = /\beval\s+(decode_base64|unpack|pack)\s*\(/
        $ev = /\beval\s+\$\w/
        $ver = /\beval\s+\$(VERSION|XS_VERSION)\b/
        // an eval whose value is dereferenced as a hash or array (keys %{eval $path}): a nested
        // lookup built from checked key names, not a program run for its effects
        $evd = /[%@$]\{\s*eval\s+\$\w/
        // a piped open of a command line ("$cmd |"); the bare fork "-|" names no command: what the
        // child then runs is read by $c2 (a string) and $x9 (a shell given -c in list form)
        $x5 = /\bopen\s*\([^)]{0,60}([^\s"'(,-]|\.\s*["'])\s*\|\s*["']\s*\)/
        $x7 = /\bopen\s*\(?\s*(my\s+)?[\$\w]{1,30}\s*,\s*["']-\|["']\s*,\s*(\$\w|[^;]{0,120}\b(ba|da|z|k)?sh["']\s*,\s*["']-c["']\s*,\s*\$\w)/
        // ... except a program a variable names, given one fixed option and nothing else, in list
        // form (no shell reads it): open my $fh, "-|", $prog, "-V"; (every such match is also an
        // $x7 match: counted against it below; a literal "-c" after a variable stays: a shell)
        $l7 = /\bopen\s*\(?\s*(my\s+)?[\$\w]{1,30}\s*,\s*["']-\|["']\s*,\s*\$\w{1,30}\s*,\s*["']([^-"'$@\\\r\n]|-[^c"'$@\\\r\n]|-c[^"'$@\\\r\n])[^"'$@\\\r\n]{0,40}["']\s*\)?\s*(;|or\b|\|\|)/
        // a piped open whose quoted command interpolates a variable, parentheses and all: "($cmd) 2>&1 |"
        $x8 = /\bopen\s*\(\s*(my\s+)?[\$\w]{1,30}\s*,\s*"[^"\r\n]{0,60}\$\w[^"\r\n]{0,60}\|\s*"\s*\)/
        // the child of a fork handing a variable to a shell in list form: exec('/bin/sh', '-c', $c)
        $x9 = /\b(system|exec)\b\s*\(?\s*["'](\/usr)?(\/bin\/)?(ba|da|z|k)?sh["']\s*,\s*["']-c["']\s*,\s*\$\w/
        // IPC::Open2/Open3 given the whole command line as one string, the request's value or a
        // variable (open3($in, $out, $err, $q->param('cmd'))): a string command goes to the shell
        $x10 = /\bopen[23]\s*\(\s*([^,;()]{1,40},\s*){2,3}(\$\w{1,30}|(\$\w{1,30}\s*->\s*)?param\s*\(\s*['"]\w{1,30}['"]\s*\))\s*\)/
        $perl = /^#!\s*\S{0,30}perl/
        // a use statement (use CGI;, use CGI qw(...), use CGI::Carp ...), not prose ("use CGI.pm")
        $use = /\buse\s+CGI(::\w{1,30}){0,3}\s*(;|qw\b|[(\-'"0-9])/
        // ... and the same statement in a POD verbatim paragraph (indented, after a blank line, in
        // a file with POD commands): a module's documentation showing how to use CGI.pm, not code
        // (every such match is also a $use match: counted against it below)
        $upod = /\n[ \t]*\r?\n[ \t]+use\s+CGI(::\w{1,30}){0,3}\s*(;|qw\b|[(\-'"0-9])/
        $pod = /\n=(pod|head[1-4]|item|over|begin|encoding)\b/
    condition:
        filesize < 1MB and ($perl or filetype == "cgi" or #use > #upod or ($use and not $pod)) and
        any of ($s*) and
        (any of ($x1, $x3, $x4, $x5, $x6, $x8, $x9, $x10) or #x7 > #l7 or #c2 > #d2 + #d3 - #d3i or #ev > #ver + #evd)
}

rule WH_CGI_Reverse_Shell
{
    meta:
        description = "CGI program connects a socket to the standard streams of a shell (a reverse or bind shell)"
        score = 90
        family = "cmdshell"
        language = "cgi"
    strings:
        // the shell quoted alone, or last in a quoted command line after a separator
        // ("export TERM=xterm;/bin/sh -i"), or the Windows command interpreter
        $sh = /["';](\/bin\/)?(ba|da|z|k)?sh( -i)?["']/
        $cmd = /["']cmd(\.exe)?( \/[kK])?["']|%COMSPEC%/
        // Perl: a socket, then STDIN/STDOUT/STDERR reopened onto it (open(STDIN, ">&", $s), and
        // the list-operator form without parentheses: open STDIN,"<&C")
        $pl_sock = /IO::Socket::INET|\bsocket\s*\(\s*\w{1,20}\s*,\s*&?(PF|AF)_INET/
        $pl_dup = /\bopen\s*\(?\s*STD(IN|OUT|ERR)\s*,\s*["']?[<>+]{0,2}&/
        // ... not one standard stream joined to another (open STDERR, ">&STDOUT"): every such
        // match is also a $pl_dup match, counted against it below
        $pl_std = /\bopen\s*\(?\s*STD(IN|OUT|ERR)\s*,\s*["']?[<>+]{0,2}&\s*=?\s*\\?\*?(main::)?STD(IN|OUT|ERR)\b/
        // Python: a socket whose descriptor becomes the shell's streams (dup2, or stdin=s.fileno())
        $py_sock = /\bimport\s[^\r\n]{0,80}\bsocket\b|\bfrom\s+socket\s+import\b/
        $py_dup = /\bos\.dup2\s*\(\s*\w{1,20}\.fileno\s*\(\s*\)|\bstd(in|out|err)\s*=\s*\w{1,20}\.fileno\s*\(\s*\)/
    condition:
        filesize < 1MB and ($sh or $cmd) and (($pl_sock and #pl_dup > #pl_std) or ($py_sock and $py_dup))
}

rule WH_CGI_Shell_Reverse_Connect
{
    meta:
        description = "shell CGI program hands an interactive shell to a remote host (/dev/tcp with the shell's streams, netcat -e, a fifo through netcat, socat exec)"
        score = 90
        family = "cmdshell"
        language = "cgi"
    strings:
        // bash's /dev/tcp or /dev/udp path (the host and port may be variables: /dev/tcp/$H/4444)
        $dev = /\/dev\/(tcp|udp)\/[\w.$\[\]{}"'-]{1,80}\/[\w$"'{}-]{1,20}/
        // ... with a shell's standard streams on it: an interactive shell, or input joined to
        // output (0>&1, 0<&3); a port probe (echo > /dev/tcp/db/5432) or an HTTP request written
        // to a descriptor has neither
        $inter = /\b(ba|da|z|k)?sh\s+-i\b/
        $join = /\b0\s*>&\s*1\b|\b0\s*<&\s*\d\b|<&\s*\d+\s*>&\s*\d+\s*2>&\s*\d+/
        // netcat or ncat handing a shell to the connection (nc $H $P -e /bin/sh, ncat -c bash),
        // also run under a name kept in a variable ($N "$h" "$p" -e /bin/sh)
        $nce = /(\b(nc|ncat|netcat)\b|\$\{?[A-Za-z_]\w{0,30}\}?)[^\r\n|;&]{0,80}\s-[ec]\s*["']?(\/usr)?(\/bin\/)?(ba|da|z|k)?sh\b/
        // a named pipe carrying a shell's input and output through netcat or telnet (mkfifo, then
        // a pipe into a shell piped on into netcat)
        $mk = /\bmkfifo\b/
        $fifo = /\|\s*(\/usr)?(\/bin\/)?(ba|da|z|k)?sh\b[^\r\n|]{0,40}\|\s*(nc|ncat|netcat|telnet)\b/
        // socat joining a shell to a TCP connection (socat tcp:$H:$P exec:/bin/sh)
        $socat = /\bsocat\b[^\r\n]{0,120}\bexec:["']?(\/usr)?(\/bin\/)?(ba|da|z|k)?sh\b/ nocase
        $sh = /^#!\s*\S{0,20}sh\b/
    condition:
        filesize < 1MB and $sh and (($dev and ($inter or $join)) or $nce or ($mk and $fifo) or $socat)
}

rule WH_CGI_Setuid_Shell_Dropper
{
    meta:
        description = "program writes out a C source that becomes root and starts a shell, then compiles it or marks it set-user-ID (a local privilege-escalation kit's root shell)"
        score = 80
        family = "generic"
        language = "cgi"
    strings:
        // the C source as text the program prints or writes: setuid(0)/setgid(0) and a shell run
        $uid = /set(re)?[ug]id\s*\(\s*0\s*[,)]/
        // (no word boundary before it: in a printed source it follows an escape such as \n\t)
        $run = /(exec(l|lp|v|ve|vp)?|system)\s*\(\s*\\?["']\/bin\/(ba)?sh/
        // ... compiled, or the result given the set-user-ID bit
        $build = /\b(gcc|cc)\s+(-o\s+)?[^\r\n;'"]{0,60}\.c\b|\bchmod\s+([ug]?\+s|[4-7][0-7]{3})\b/
        // the source is text in the program, not the program itself: it is printed or written
        $text = /\b(print|printf|echo|write|syswrite)\b[^\r\n]{0,40}set(re)?[ug]id\s*\(\s*0/
    condition:
        filesize < 1MB and $uid and $run and $build and $text
}

rule WH_CGI_Python_Request_Exec
{
    meta:
        description = "Python CGI runs a command or code taken from the request (FieldStorage/QUERY_STRING)"
        score = 90
        family = "cmdshell"
        language = "cgi"
    strings:
        $s1 = /\bFieldStorage\s*\(/  // cgi.FieldStorage(), also through `import cgi as c`
        $s2 = /environ(\.get\s*\(|\s*\[)\s*['"](QUERY_STRING|HTTP_\w{1,30}|CONTENT_LENGTH)['"]/
        $s3 = /sys\.stdin(\.buffer)?\.read\s*\(/
        // a subprocess call whose command is not fixed: a lower-case name (a variable, a call), an
        // f-string or concatenation, or a list with such an item ("CMD" and ["/usr/bin/git", ROOT]
        // are an application's own command lines)
        $x1 = /subprocess\.(run|call|check_call|check_output|Popen|getoutput|getstatusoutput)\s*\(\s*(f["']|["'][^"'\r\n]{0,80}["']\s*[+%]|[a-z_]\w{0,40}|\[[^\]\r\n]{0,160}[,\[]\s*[a-z_]\w{0,40}\s*[\],+\[(.])/
        $x2 = /os\.(system|popen|exec\w{1,3})\s*\(/
        $x3 = /\b(exec|eval)\s*\(\s*(base64\.b64decode|\w{1,20}\s*\)|\w{1,20}\.getvalue)/
        $x4 = /\bexec\s*\(\s*base64/
        // code taken out of a parsed query or form (exec(q.get("x")[0]), eval(form["e"].value))
        $x7 = /\b(exec|eval)\s*\(\s*(compile\s*\(\s*)?[a-z_]\w{0,20}\s*(\.get(first|value|list)?\s*\(|\[)/
        // a variable compiled, then run (exec(compile(src, "<x>", "exec")) after src = sys.stdin.read())
        $x8 = /\b(exec|eval)\s*\(\s*compile\s*\(\s*[a-z_]\w{0,20}\s*,/
        // a shell command line built around a variable, however it is then run
        $x5 = /\[\s*['"](\/usr)?(\/bin\/)?(ba|da|z|k)?sh['"]\s*,\s*['"]-c['"]\s*,\s*[A-Za-z_]/
        // subprocess imported under another name (import subprocess as sp ... sp.Popen(...))
        // a command line handed to the shell: a variable or subscript first, shell=True after it
        // (a lower-case name: an upper-case one is a module constant by Python's convention)
        $x6 = /\(\s*[a-z_][\w.]{0,40}(\[[^\]\r\n]{1,40}\]){0,3}\s*,\s*([\w.]{1,30}\s*=\s*[^,)\r\n]{1,40},\s*){0,4}shell\s*=\s*True/
        $alias = /\bimport\s+subprocess\s+as\s+\w{1,20}/
        $acall = /\b\w{1,20}\.(Popen|check_output|getoutput|getstatusoutput)\s*\(/
        // ... except a process restarting itself: the interpreter and its own command line
        // ([sys.executable] + sys.argv), run a few lines further down (a framework's code
        // reloader); each match ends in a $x1 match, counted against it below
        $rs1 = /\[\s*sys\.executable\s*(\]\s*\+\s*|,\s*\*)(list\s*\(\s*)?sys\.argv\b[^\r\n]{0,80}(\r?\n[^\r\n]{0,160}){0,8}\r?\n[^\r\n]{0,40}subprocess\.(run|call|check_call|Popen)\s*\(\s*[a-z_]\w{0,40}\s*[,)]/
    condition:
        filesize < 1MB and any of ($s*) and
        (any of ($x2, $x3, $x4, $x5, $x6, $x7, $x8) or #x1 > #rs1 or ($alias and $acall))
}

rule WH_CGI_Shell_QueryString_Exec
{
    meta:
        description = "Shell CGI executes the query string, a request header or the request body (eval / sh -c / piping it into a shell)"
        score = 85
        family = "cmdshell"
        language = "cgi"
    strings:
        $qs = "QUERY_STRING"
        $hdr = /\$\{?HTTP_[A-Z_]{2,40}/
        $body = /\bCONTENT_LENGTH\b|=\s*"?\$\(\s*cat\s*\)/
        $x1 = /\beval\s+["']?\$/
        $x2 = /\|\s*(\/bin\/)?(ba|da|z|k)?sh\b/
        $x3 = /\b(ba|da|z|k)?sh\s+-c\s+["']?\$/
        $sh = /^#!\s*\S{0,20}sh\b/
    condition:
        filesize < 1MB and $sh and ($qs or $hdr or $body) and any of ($x*)
}

rule WH_CGI_SSI_Exec_Request_Input
{
    meta:
        description = "server-side include page runs a command built from the request (<!--#exec cmd with QUERY_STRING or a header)"
        score = 85
        family = "cmdshell"
        language = "any"
    strings:
        // the request's variable inside the command itself, or copied by #set into a variable the
        // command uses (a request variable elsewhere, in an #if test, runs nothing)
        $direct = /<!--#exec\s+cmd\s*=\s*["']?[^"'\r\n>]{0,200}\$\{?(QUERY_STRING(_UNESCAPED)?|HTTP_[A-Z_]{2,40}|REQUEST_URI|DOCUMENT_URI|PATH_INFO)\b/ nocase
        $viavar = /<!--#exec\s+cmd\s*=\s*["']?[^"'\r\n>]{0,200}\$\{?[A-Za-z_]/ nocase
        $set = /<!--#set\s+var\s*=\s*"?\w{1,40}"?\s+value\s*=\s*"?\$\{?(QUERY_STRING(_UNESCAPED)?|HTTP_[A-Z_]{2,40})/ nocase
    condition:
        $direct or ($set and $viavar)
}

rule WH_CGI_SSI_Exec_Shell_Command
{
    meta:
        description = "server-side include page runs a shell command that inspects the host, reads system files or starts programs (<!--#exec cmd=...-->): a fixed-command shell"
        score = 60
        family = "cmdshell"
        language = "any"
    strings:
        // the command, quoted: a reconnaissance, file-reading, download or shell program at the start
        // of it or after a separator (ordinary pages include files and echo variables instead)
        $cmd = /<!--#exec\s+cmd\s*=\s*["']([^"'\r\n]{0,80}[;&|]\s*)?(\/(usr\/)?bin\/)?(id|whoami|uname|hostname|cat|type|ls|dir|pwd|ps|netstat|ifconfig|ipconfig|ip\s+a|net\s+(user|localgroup|view)|systeminfo|tasklist|wget|curl|nc|ncat|bash|sh|cmd(\.exe)?|powershell(\.exe)?|perl|python3?|php|certutil|bitsadmin|chmod|rm)\b/ nocase
    condition:
        $cmd
}

rule WH_CGI_SSI_Exec_Command
{
    meta:
        description = "server-side include page runs a command on the server (<!--#exec cmd=...-->)"
        score = 30
        family = "cmdshell"
        language = "any"
    strings:
        $cmd = /<!--#exec\s+cmd\s*=/ nocase
    condition:
        $cmd
}
