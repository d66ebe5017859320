<?php
// benign look-alike: a session token decoded with comments between names and parentheses (a
// documentation style), nothing evaluated
function read_token(string $raw): array
{
    $json = base64_decode /* URL-safe alphabet restored first */ (strtr($raw, '-_', '+/'));
    $data = json_decode # the payload is JSON
        ($json, true);
    return is_array($data) ? $data : array();
}
echo htmlspecialchars(json_encode(read_token($_COOKIE['t'] ?? '')));
