<?php
// The payment gateway's token is stored encrypted; it is decrypted for the outgoing API call only.
$settings = array(
    'token' => 'whEofQ0209GaNnsd0c71x8++4mudsV0NmTNcLKJbqyhe6hVEv4BQl50OUtr+AU7Y',
    'key' => 'settings-key-for-aes-256-cbc!!!!',
    'iv' => '0011223344556677',
);
$token = openssl_decrypt($settings['token'], 'aes-256-cbc', $settings['key'], 0, $settings['iv']);
$ch = curl_init('https://api.payments.example/v1/balance');
curl_setopt($ch, CURLOPT_HTTPHEADER, array('Authorization: Bearer ' . $token));
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$reply = json_decode((string) curl_exec($ch), true);
curl_close($ch);
echo htmlspecialchars((string) ($reply['available'][0]['amount'] ?? 'n/a'), ENT_QUOTES, 'UTF-8');
