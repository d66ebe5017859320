<?php
// CSRF token masking (as frameworks do against BREACH): the token is XOR-ed with a random pad on
// output and unmasked on input; the result is compared, never called
session_start();
if (empty($_SESSION['csrf'])) {
    $_SESSION['csrf'] = random_bytes(32);
}
function mask_token(string $token): string
{
    $pad = random_bytes(strlen($token));
    return base64_encode($pad . ($pad ^ $token));
}
function unmask_token(string $masked): string
{
    $raw = base64_decode($masked, true) ?: '';
    $half = intdiv(strlen($raw), 2);
    return substr($raw, 0, $half) ^ substr($raw, $half);
}
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $sent = unmask_token($_POST['_token'] ?? '');
    if (!hash_equals($_SESSION['csrf'], $sent)) {
        http_response_code(419);
        exit('expired');
    }
    $sort = ($_POST['order'] ?? '') === 'desc' ? 'rsort' : 'sort';
    $items = array_map('intval', explode(',', $_POST['ids'] ?? ''));
    $sort($items);
    echo implode(',', $items);
}
echo '<input type="hidden" name="_token" value="' . htmlspecialchars(mask_token($_SESSION['csrf'])) . '">';
