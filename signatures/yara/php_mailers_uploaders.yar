/*
 * Spam mailers, phishing result senders, uploaders and droppers: the tools attackers
 * plant to abuse a compromised site or to bring in the next stage.
 */

rule WH_PHP_Mass_Mailer
{
    meta:
        description = "mass mailer: mail() in a loop over an address list posted to the script"
        score = 70
        family = "mailer"
        language = "php"
    strings:
        $mail = /[^\w>:$]mail\s*\(/
        $mailsplit = /['"]ma['"]\s*\.\s*['"]il['"]/
        // address lists split on new lines, commas or semicolons
        $split = /\b(explode|preg_split)\s*\(\s*(["'](\\r)?\\n["']|["'][,;]\s?["']|PHP_EOL|["']\/[^"'\/]{0,20}(\\n|,|;)[^"'\/]{0,20}\/[a-z]{0,3}["'])\s*,\s*(\w{1,20}\s*\(\s*){0,2}\$_(POST|GET|REQUEST)\s*\[/ nocase
        $listparam = /\$_(POST|REQUEST|GET)\s*\[\s*['"](email_?list|emails|mail_?list|maillist|to_?list|mailto|recipients|list|to)['"]\s*\]/ nocase
        $loop = /\b(foreach|for|while)\s*\(/
        $k1 = /X-Mailer\s*:\s*[^"'\r\n]{0,10}(Microsoft|Outlook|The Bat|Apple Mail)/ nocase
        $k2 = /\[-(email|emailuser|time|randomnumber|randomstring)-\]/ nocase
        $k3 = "&email&"
        $k4 = /Bcc\s*:\s*["']\s*\.\s*implode/ nocase
        $k5 = /(Inbox|Mass)\s*(Mailer|Sender)/ nocase
        $k6 = /\bSend\s+e?Mails\b/ nocase
        $k7 = /mail\(s\) was sent/ nocase
    condition:
        ($mail or $mailsplit) and $loop and ($split or ($listparam and any of ($k*)) or 2 of ($k*))
}

rule WH_PHP_Phishing_Result_Mailer
{
    meta:
        description = "phishing kit result sender: posted credentials plus visitor IP/user agent mailed to a drop address"
        score = 75
        family = "mailer"
        language = "php"
    strings:
        $mail = /[^\w>:$]mail\s*\(/
        $pw = /\$_(POST|REQUEST|GET)\s*\[\s*['"](pass|password|passwd|pwd|pass1|passwrd|cardnumber|cvv|ssn)['"]\s*\]/ nocase
        $msg = /\$(message|msg|body|text)\s*\.?=\s*["'][^"'\n]{0,40}["']\s*\.\s*\$_(POST|REQUEST)\s*\[/ nocase
        $ip1 = "REMOTE_ADDR"
        $ip2 = "gethostbyaddr"
        $ip3 = "HTTP_USER_AGENT"
        $res1 = /fopen\s*\(\s*["'][^"']{1,40}\.(txt|log|html)["']\s*,\s*["']a\+?["']/ nocase
        $res2 = /header\s*\(\s*["']Location:\s*https?:\/\//
    condition:
        $mail and $pw and $msg and 2 of ($ip*) and any of ($res*)
}

rule WH_PHP_Mass_Mailer_Library
{
    meta:
        description = "mass mailer through a mail library or raw SMTP: an address list posted to the script is split and mailed one by one, with the request's own subject and body (spam relay)"
        score = 65
        family = "mailer"
        language = "php"
    strings:
        // recipients added one at a time: PHPMailer/SwiftMailer-style calls, or an SMTP dialogue
        // (the address may pass through one function first: ->AddAddress(trim($line[0])))
        $add1 = /->\s*(AddAddress|addBCC|addCC|addTo|setTo)\s*\(\s*(\w{1,20}\s*\(\s*)?\$\w+/ nocase
        $add2 = /["']RCPT TO:\s*<?["']\s*\./ nocase
        // one message per recipient, as bulk senders do: a new message object made inside the loop,
        // or the recipient list cleared between messages (a "share by mail" page sends one message)
        $new = /\bnew\s+\\?(\w+\\){0,3}(PHPMailer|Swift_Message|Email)\s*\(/ nocase
        $clear = /->\s*(ClearAddresses|ClearAllRecipients|clearTo)\s*\(/ nocase
        $split = /\b(explode|preg_split)\s*\(\s*(["'](\\r)?\\n["']|["'][,;]\s?["']|PHP_EOL|["']\/[^"'\/]{0,20}(\\n|,|;)[^"'\/]{0,20}\/[a-z]{0,3}["'])\s*,/ nocase
        $loop = /\b(foreach|for|while)\s*\(/
        $list = /\$_(POST|REQUEST|GET)\s*\[\s*['"]([\w-]{0,12}(e_?mails?|mail_?list|maillist|list|recipients?|leads|targets)|to|mailto)['"]\s*\]/ nocase
        // the subject field, also as the mailers written in Portuguese, Spanish, French, Italian,
        // German, Turkish or Indonesian name it
        $subject = /\$_(POST|REQUEST|GET)\s*\[\s*['"][\w-]{0,12}(subject|subj|title|assunto|asunto|sujet|objet|oggetto|betreff|konu|judul|subjek)['"]\s*\]/ nocase
        $body = /\$_(POST|REQUEST|GET)\s*\[\s*['"][\w-]{0,12}(body|message|msg|letter|content|html|text)['"]\s*\]/ nocase
    condition:
        filesize < 2MB and $split and $list and $subject and $body and (
            $add2 or ($add1 and ($clear or for any i in (1..#new): (
                for any j in (1..#loop): (@new[i] > @loop[j] and @new[i] - @loop[j] < 600)
            )))
        )
}

rule WH_PHP_Phishing_Result_Logger
{
    meta:
        description = "phishing kit result logger: posted credentials written to a text file with the visitor's IP address and user agent"
        score = 70
        family = "mailer"
        language = "php"
    strings:
        // a log or report line that labels a password (or card data) and interpolates a value
        $label = /["'][^"'\n]{0,80}\b(Pass(word|wd)?|Pwd|CVV2?|Card ?Number)\s*[:=]\s*(\{?\$\w|["']\s*\.)/ nocase
        $post = /\$_(POST|REQUEST)\s*\[/
        $ip = "REMOTE_ADDR"
        $ua = "HTTP_USER_AGENT"
        $append1 = /\bfile_put_contents\s*\([^;]{1,200}FILE_APPEND/
        $append2 = /\bfopen\s*\([^;]{1,120},\s*["']a\+?["']\s*\)/
    condition:
        filesize < 1MB and $label and $post and $ip and $ua and any of ($append*)
}

rule WH_PHP_Upload_To_Request_Path
{
    meta:
        description = "uploaded file stored under a path chosen by the request (uploader backdoor)"
        score = 80
        family = "uploader"
        language = "php"
    strings:
        $mv = /\b(move_uploaded_file|copy)\s*\(\s*\$_FILES\s*\[[^\]]{1,30}\]\s*\[\s*['"]tmp_name['"]\s*\]\s*,\s*[^;]{0,80}\$_(POST|GET|REQUEST|COOKIE)\s*\[/ nocase
    condition:
        $mv
}

rule WH_PHP_Upload_Client_Filename
{
    meta:
        description = "uploaded file stored under the client-supplied name as is (no directory, no sanitising): drop-anything uploader"
        score = 60
        family = "uploader"
        language = "php"
    strings:
        $mv = /\b(move_uploaded_file|copy)\s*\(\s*\$_FILES\s*\[[^\]]{1,30}\]\s*\[\s*['"]tmp_name['"]\s*\]\s*,\s*@?\$_FILES\s*\[[^\]]{1,30}\]\s*\[\s*['"]name['"]\s*\]\s*\)/ nocase
    condition:
        $mv
}

rule WH_PHP_Write_Request_To_Request_Path
{
    meta:
        description = "request data written to a file whose name also comes from the request (arbitrary file write backdoor)"
        score = 85
        family = "uploader"
        language = "php"
    strings:
        $fpc = /\b(file_put_contents|fopen)\s*\(\s*@?\s*\$_(GET|POST|REQUEST|COOKIE|SERVER\s*\[\s*['"]HTTP_)[^;]{0,60},\s*[^;]{0,40}(\$_(POST|GET|REQUEST|COOKIE)\s*\[|file_get_contents\s*\(\s*['"]php:\/\/input)/ nocase
        $fopen = /\$(\w{1,20})\s*=\s*@?fopen\s*\(\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]]{1,30}\]\s*,\s*['"][wax]b?\+?['"]\s*\)/ nocase
        $fwrite = /\b(fwrite|fputs)\s*\(\s*\$\w{1,20}\s*,\s*@?\s*((base64_decode|stripslashes)\s*\(\s*)?\$_(POST|GET|REQUEST|COOKIE)\s*\[/ nocase
        $hdr = /file_put_contents\s*\(\s*\$\w{1,20}\s*,\s*@?(gzinflate|base64_decode|gzuncompress|str_rot13)?\s*\(?\s*file_get_contents\s*\(\s*['"]php:\/\/input['"]\s*\)/ nocase
        $hdrsrc = /\$\w{1,20}\s*=\s*@?\$_SERVER\s*\[\s*['"]HTTP_X_/
    condition:
        $fpc or ($fopen and $fwrite) or ($hdr and $hdrsrc)
}

rule WH_PHP_Remote_Payload_Dropper
{
    meta:
        description = "downloads a remote text/image file and saves it as a PHP script (dropper)"
        score = 75
        family = "uploader"
        language = "php"
    strings:
        $remote = /['"]https?:\/\/[^'"\s]{4,200}\.(txt|jpg|gif|png|ico|dat)['"]/ nocase
        $put_php = /\b(file_put_contents|fopen|copy)\s*\([^;]{0,120}\.(php\d?|phtml|pht)['"]/ nocase
        $fetch = /\b(file_get_contents|curl_exec|copy|fopen)\s*\(/
    condition:
        $fetch and for any i in (1..#remote): (for any j in (1..#put_php): (@put_php[j] > @remote[i] and @put_php[j] - @remote[i] < 400))
}
