/*
 * HTTP socket tunnels (reGeorg, Neo-reGeorg and look-alikes): a script that opens TCP
 * connections on the attacker's behalf and relays bytes through HTTP requests, keyed
 * by CONNECT / READ / FORWARD / DISCONNECT commands.
 */

rule WH_PHP_ReGeorg_Tunnel
{
    meta:
        description = "reGeorg HTTP tunnel: X-CMD header commands (CONNECT/READ/FORWARD/DISCONNECT) relayed to a TCP socket"
        score = 90
        family = "regeorg"
        language = "php"
    strings:
        $hello = /[^o]Georg says, 'All seems fine'/
        $xcmd = /["']X-CMD["']/ nocase
        $xstatus = /X-STATUS\s*:\s*(OK|FAIL)/ nocase
        $xtarget = /["']X-TARGET["']/ nocase
        $c1 = /["']CONNECT["']/
        $c2 = /["']FORWARD["']/
        $c3 = /["']DISCONNECT["']/
        $c4 = /["']READ["']/
        $sock = /\b(fsockopen|socket_create|socket_connect|stream_socket_client)\s*\(/
    condition:
        $hello or ($sock and 3 of ($c*) and ($xcmd or ($xstatus and $xtarget) or ($xstatus and $hello)))
        or ($sock and $xcmd and $xstatus)
}

rule WH_PHP_NeoReGeorg_Tunnel
{
    meta:
        description = "Neo-reGeorg HTTP tunnel: base64 alphabet-substituted BLV frames carrying CONNECT/READ/FORWARD commands"
        score = 90
        family = "neoregeorg"
        language = "php"
    strings:
        $hello = "NeoGeorg says" nocase
        $blv1 = /function\s+blv_decode\s*\(/
        $blv2 = /function\s+blv_encode\s*\(/
        $strtr = /strtr\s*\(\s*base64_encode\s*\(\s*blv_encode/
        $strtr2 = /base64_decode\s*\(\s*strtr\s*\(\s*\$\w+\s*,\s*\$de\s*,\s*\$en\s*\)/
        $c1 = /["']CONNECT["']/
        $c2 = /["']FORWARD["']/
        $sock = /\b(fsockopen|socket_create|stream_socket_client)\s*\(/
    condition:
        $hello or (($blv1 or $blv2 or $strtr or $strtr2) and $sock and any of ($c*))
}

rule WH_PHP_Session_Socket_Relay
{
    meta:
        description = "generic HTTP-to-TCP relay: socket loop exchanging data through session read/write buffers fed by the request body"
        score = 70
        family = "regeorg"
        language = "php"
    strings:
        $sock = /\b(fsockopen|socket_create|stream_socket_client)\s*\(/
        $input = "php://input"
        $buf1 = /\$_SESSION\s*\[\s*[^\]]{0,20}(writebuf|readbuf|wb|rb)['"]?\s*\]/ nocase
        $run = /\$_SESSION\s*\[\s*['"]run['"]\s*\]/
        $c1 = /["']CONNECT["']/
        $c2 = /["']FORWARD["']/
    condition:
        $sock and $input and $buf1 and $run and any of ($c*)
}
