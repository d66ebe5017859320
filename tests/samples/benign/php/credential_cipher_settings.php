<?php
/**
 * Stores the SMTP relay password in the options table, lightly enciphered with the site key
 * (not security, only to keep it out of casual database dumps), and lists relays by priority.
 */
class Relay_Settings
{
    private $key;

    public function __construct($site_key)
    {
        $this->key = md5($site_key);
    }

    public function seal($plain)
    {
        $out = '';
        for ($i = 0, $n = strlen($plain); $i < $n; $i++) {
            $out .= chr((ord($plain[$i]) + ord($this->key[$i % 32])) % 256);
        }
        return base64_encode($out);
    }

    public function open($sealed)
    {
        $data = base64_decode($sealed);
        $out = '';
        for ($i = 0, $n = strlen($data); $i < $n; $i++) {
            $out .= chr((ord($data[$i]) - ord($this->key[$i % 32]) + 256) % 256);
        }
        return $out;
    }

    public function sorted($relays)
    {
        usort($relays, create_function('$a,$b', 'return $a["priority"] - $b["priority"];'));
        return $relays;
    }
}

$settings = new Relay_Settings(get_option('site_key'));
$password = $settings->open(get_option('smtp_relay_password'));
