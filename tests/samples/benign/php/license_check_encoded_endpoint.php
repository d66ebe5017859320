<?php
// A commercial plugin's licence check: the licence server's address is kept Base64-encoded in the
// code, and the site's own address and the stored key are sent to it once a day.
function acme_license_check()
{
    if (get_transient('acme_license_ok')) {
        return;
    }
    $endpoint = base64_decode('aHR0cHM6Ly9saWNlbnNlcy5leGFtcGxlLmNvbS92MS9jaGVjaw==');
    $ctx = stream_context_create(array(
        'http' => array(
            'method' => 'POST',
            'header' => "Content-type: application/x-www-form-urlencoded\r\n",
            'content' => http_build_query(array(
                'site' => home_url(),
                'key' => get_option('acme_license_key'),
            )),
        ),
    ));
    $answer = json_decode((string) @file_get_contents($endpoint, false, $ctx), true);
    if (!empty($answer['valid'])) {
        set_transient('acme_license_ok', 1, DAY_IN_SECONDS);
    }
}
