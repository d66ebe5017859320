<?php
/**
 * Password driver of a legacy groupware (PHP 5 era): the hash scheme prefix of a stored password
 * is upper-cased with preg_replace's /e modifier, the captured text in single quotes.
 */
class Passwd_Driver_Legacy
{
    protected $_params = array();

    public function __construct(array $params = array())
    {
        $this->_params = $params;
    }

    protected function _encryptPassword($plaintext)
    {
        $encrypted = Horde_Auth::getCryptedPassword(
            $plaintext,
            '',
            $this->_params['encryption'],
            $this->_params['show_encryption']
        );
        if ($this->_params['show_encryption']) {
            $encrypted = preg_replace('/^({.*?})/e', "Horde_String::upper('\\1')", $encrypted);
        }
        return $encrypted;
    }

    protected function _comparePasswords($encrypted, $plaintext)
    {
        if (preg_match('/^{([^}]+)}(.*)/', $encrypted, $match)) {
            $encryption = Horde_String::lower($match[1]);
            $encrypted = $match[2];
        } else {
            $encryption = $this->_params['encryption'];
        }
        $hashed = Horde_Auth::getCryptedPassword($plaintext, $encrypted, $encryption, false);
        if ($this->_params['show_encryption']) {
            $hashed = preg_replace('/^{([a-z0-9]+)}/e', "strtoupper('\\1')", $hashed);
        }
        return hash_equals($encrypted, $hashed);
    }
}
