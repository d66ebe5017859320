<?php
// Hides bound collections from clients whose request headers match the configured rules: each
// configured header is compared with the request's value by a regular expression.
function header_matches_rule($value, $pattern)
{
    return preg_match($pattern, $value) ? 0 : 1;
}

function hide_bound_for_client(array $rules)
{
    if (!empty($rules) && count(array_uintersect_assoc(
        array_change_key_case(apache_request_headers(), CASE_LOWER),
        array_change_key_case($rules, CASE_LOWER),
        'header_matches_rule')) > 0) {
        return true;
    }
    return isset($_SERVER['HTTP_USER_AGENT']) && stripos($_SERVER['HTTP_USER_AGENT'], 'legacy-sync') !== false;
}

$hide = hide_bound_for_client(array('User-Agent' => '/^Legacy/'));
header('X-Hidden-Bindings: ' . ($hide ? 'yes' : 'no'));
