<?php
/**
 * Shared helpers of a small groupware library. Under CGI or FastCGI PHP may lack the
 * Apache-only header functions, so stand-ins are declared when they are missing.
 */

if (!function_exists('apache_request_headers')) {
    // declared through eval so that a parser of old PHP versions never sees a redeclaration
    eval('
    function apache_request_headers() {
        $found = array();
        foreach ($_SERVER as $name => $value) {
            if (strncmp($name, "HTTP_", 5) == 0) {
                $name = str_replace(" ", "-", ucwords(strtolower(str_replace("_", " ", substr($name, 5)))));
                $found[$name] = $value;
            }
        }
        return $found;
    }
    ');
}

if (!function_exists('getallheaders')) {
    function getallheaders()
    {
        return apache_request_headers();
    }
}

function client_wants_json()
{
    $headers = getallheaders();
    $accept = isset($headers['Accept']) ? $headers['Accept'] : '';
    return stripos($accept, 'application/json') !== false;
}

function param($name, $default = null)
{
    if (isset($_POST[$name])) {
        return trim($_POST[$name]);
    }
    if (isset($_GET[$name])) {
        return trim($_GET[$name]);
    }
    return $default;
}
