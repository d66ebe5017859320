<?php
// forward an event to the chat webhook and keep a local log of what was sent
$log = __DIR__ . '/webhook.log';
$payload = json_encode(['text' => 'deploy finished: ' . gmdate('c')]);
$ch = curl_init('https://chat.example.org/hooks/deploy');
curl_setopt($ch, CURLOPT_POSTFIELDS, $payload);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$answer = curl_exec($ch);
curl_close($ch);
file_put_contents($log, gmdate('c') . ' ' . $payload . ' -> ' . var_export($answer, true) . "\n", FILE_APPEND);
