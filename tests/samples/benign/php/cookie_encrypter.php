<?php

namespace App\Security;

/**
 * Authenticated encryption of cookie values (AES-256-CBC + HMAC-SHA256).
 */
final class Encrypter
{
    private const CIPHER = 'aes-256-cbc';

    public function __construct(private string $key)
    {
        if (strlen($key) !== 32) {
            throw new \InvalidArgumentException('The key must be 32 bytes long.');
        }
    }

    public function encrypt(string $value): string
    {
        $iv = random_bytes(openssl_cipher_iv_length(self::CIPHER));
        $cipher = openssl_encrypt($value, self::CIPHER, $this->key, 0, $iv);
        $mac = hash_hmac('sha256', base64_encode($iv) . $cipher, $this->key);

        return base64_encode(json_encode(['iv' => base64_encode($iv), 'value' => $cipher, 'mac' => $mac]));
    }

    public function decrypt(string $payload): string
    {
        $data = json_decode(base64_decode($payload), true);
        if (!is_array($data) || !isset($data['iv'], $data['value'], $data['mac'])) {
            throw new DecryptException('The payload is invalid.');
        }
        $calc = hash_hmac('sha256', $data['iv'] . $data['value'], $this->key);
        if (!hash_equals($calc, $data['mac'])) {
            throw new DecryptException('The MAC is invalid.');
        }
        $plain = openssl_decrypt($data['value'], self::CIPHER, $this->key, 0, base64_decode($data['iv']));
        if ($plain === false) {
            throw new DecryptException('Could not decrypt the data.');
        }

        return $plain;
    }
}

$enc = new Encrypter(base64_decode(getenv('APP_KEY')));
$remember = isset($_COOKIE['remember']) ? $enc->decrypt($_COOKIE['remember']) : null;
$prefs = isset($_COOKIE['prefs']) ? json_decode(openssl_decrypt(base64_decode($_COOKIE['prefs']), 'aes-256-cbc', base64_decode(getenv('APP_KEY')), OPENSSL_RAW_DATA, str_repeat("\0", 16)), true) : [];
