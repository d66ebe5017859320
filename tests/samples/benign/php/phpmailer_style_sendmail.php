<?php
/**
 * Mail transport: sends a message through the local sendmail binary.
 *
 * @package Mailer
 */
class Mail_Sendmail_Transport
{
    public $Sendmail = '/usr/sbin/sendmail';
    public $Sender = '';

    protected function sendmailSend($header, $body, array $recipients)
    {
        if ($this->Sender !== '' && self::isShellSafe($this->Sender)) {
            $sendmail = sprintf('%s -oi -f%s -t', escapeshellcmd($this->Sendmail), escapeshellarg($this->Sender));
        } else {
            $sendmail = sprintf('%s -oi -t', escapeshellcmd($this->Sendmail));
        }
        foreach ($recipients as $toAddr) {
            $mail = @popen($sendmail, 'w');
            if (!$mail) {
                throw new RuntimeException('Could not execute: ' . $this->Sendmail);
            }
            fwrite($mail, 'To: ' . $toAddr . "\n");
            fwrite($mail, $header);
            fwrite($mail, $body);
            $result = pclose($mail);
            if (0 !== $result) {
                throw new RuntimeException('Could not execute: ' . $this->Sendmail);
            }
        }
        return true;
    }

    protected function mailSend($header, $body, array $to, $subject)
    {
        $params = null;
        if ($this->Sender !== '' && self::isShellSafe($this->Sender)) {
            $params = sprintf('-f%s', $this->Sender);
        }
        foreach ($to as $toAddr) {
            $result = @mail($toAddr, $subject, $body, $header, $params);
            if (!$result) {
                return false;
            }
        }
        return true;
    }

    protected static function isShellSafe($string)
    {
        if (escapeshellcmd($string) !== $string || !in_array(escapeshellarg($string), ["'$string'", "\"$string\""])) {
            return false;
        }
        for ($i = 0; $i < strlen($string); ++$i) {
            $c = $string[$i];
            if (!ctype_alnum($c) && strpos('@_-.', $c) === false) {
                return false;
            }
        }
        return true;
    }
}
