<?php
// Masks a CSRF token for each page (BREACH mitigation): the stored token is XORed with a random pad
// cycled by position and both travel hex-encoded; unmasking XORs them back and compares in
// constant time. Nothing here is evaluated.
final class MaskedToken
{
    public static function mask(string $token): string
    {
        $pad = random_bytes(strlen($token));
        $out = '';
        for ($i = 0; $i < strlen($token); $i++) {
            $a = ord($token[$i]);
            $b = ord($pad[$i % strlen($pad)]);
            $out .= chr($a ^ $b);
        }
        return bin2hex($pad) . '.' . bin2hex($out);
    }

    public static function unmask(string $masked): string
    {
        [$padHex, $bodyHex] = explode('.', $masked, 2) + ['', ''];
        $pad = hex2bin($padHex);
        $body = hex2bin($bodyHex);
        if ($pad === false || $body === false || $pad === '') {
            return '';
        }
        $plain = '';
        for ($i = 0; $i < strlen($body); $i++) {
            $plain .= chr(ord($body[$i]) ^ ord($pad[$i % strlen($pad)]));
        }
        return $plain;
    }

    public static function check(string $stored, string $submitted): bool
    {
        return hash_equals($stored, self::unmask($submitted));
    }
}
