<?php
/**
 * Deployment webhook: runs only when the payload carries a valid HMAC signature, and then only
 * a fixed deploy script with the branch name checked against a pattern.
 */
$secret = getenv('DEPLOY_SECRET');
$body = file_get_contents('php://input');
$sig = $_SERVER['HTTP_X_HUB_SIGNATURE_256'] ?? '';
if (!hash_equals('sha256=' . hash_hmac('sha256', $body, $secret), $sig)) {
    http_response_code(403);
    exit;
}
$event = json_decode($body, true);
$branch = $event['ref'] ?? '';
if (preg_match('/^refs\/heads\/([a-z0-9._-]+)$/', $branch, $m)) {
    shell_exec('/srv/deploy.sh ' . escapeshellarg($m[1]));
}
