<?php
// Benign look-alike: a single sign-on relay that checks its arguments with assert() on boolean
// expressions (type checks, isset on the request). None of these asserts is ever a string of code.

class RelayRejected extends RuntimeException
{
    private $why;

    public function __construct($why = null)
    {
        assert($why === null || is_string($why));
        parent::__construct('relay rejected: ' . ($why ?? 'unknown'));
        $this->why = $why;
    }

    public function why()
    {
        return $this->why;
    }
}

final class SignedRelay
{
    private $secret;

    public function __construct($secret)
    {
        assert(is_string($secret) && strlen($secret) >= 32);
        $this->secret = $secret;
    }

    private function field($name)
    {
        assert(is_string($name));
        assert(isset($_REQUEST[$name]));
        return (string) $_REQUEST[$name];
    }

    public function target()
    {
        if (!isset($_REQUEST['to'], $_REQUEST['sig'])) {
            throw new RelayRejected('missing fields');
        }
        $to = $this->field('to');
        $expected = hash_hmac('sha256', $to, $this->secret);
        if (!hash_equals($expected, $this->field('sig'))) {
            throw new RelayRejected('bad signature');
        }
        assert(!preg_match('/[\r\n]/', $to));
        return $to;
    }
}

$relay = new SignedRelay(getenv('RELAY_SECRET') ?: str_repeat('k', 32));
try {
    header('Location: ' . $relay->target(), true, 302);
} catch (RelayRejected $e) {
    http_response_code(400);
    echo htmlspecialchars($e->getMessage());
}
