<?php
// webhunt test sample (inert): a list mailer run from files left beside it
@set_time_limit(0);
$list = @file('addresses.txt');
$body = implode('', @file('letter.html'));
$sent = 0;
for ($i = 0; $i < count($list); $i++) {
    $to = trim($list[$i]);
    if (strpos($to, '@') === false) {
        continue;
    }
    $msg = str_replace('%EMAIL%', $to, $body);
    if (@mail($to, 'Account notice', $msg, "From: Support <support@example.invalid>\nContent-type: text/html\nX-Priority: 1\n")) {
        $sent++;
    }
}
echo "sent: $sent";
