<?php
/**
 * Receives payment provider webhooks. The body is JSON signed with HMAC-SHA256.
 */
declare(strict_types=1);

require __DIR__ . '/../vendor/autoload.php';

$secret = getenv('WEBHOOK_SECRET') ?: '';
$payload = file_get_contents('php://input');
$signature = $_SERVER['HTTP_X_SIGNATURE'] ?? '';

if ($payload === false || $payload === '' || !hash_equals(hash_hmac('sha256', $payload, $secret), $signature)) {
    http_response_code(400);
    exit('bad signature');
}

$event = json_decode($payload, true, 32, JSON_THROW_ON_ERROR);
$handlers = [
    'payment.succeeded' => [\App\Billing\Handlers::class, 'paymentSucceeded'],
    'payment.failed' => [\App\Billing\Handlers::class, 'paymentFailed'],
    'subscription.cancelled' => [\App\Billing\Handlers::class, 'subscriptionCancelled'],
];
$type = (string) ($event['type'] ?? '');
if (!array_key_exists($type, $handlers)) {
    http_response_code(202);
    exit('ignored');
}
call_user_func($handlers[$type], $event['data'] ?? []);
http_response_code(204);
