<?php
// Server-to-server delivery of calendar invitations. An incoming request names its sender's domain
// in a signed header; the same class later posts the invitations this server renders itself to the
// peer it resolved. Nothing here posts what a client sent.
class PeerDelivery
{
    private $peer;
    private $url;
    private $port = 443;

    public function readSender()
    {
        $header = isset($_SERVER['HTTP_X_SENDER_SIGNATURE']) ? $_SERVER['HTTP_X_SENDER_SIGNATURE'] : '';
        $fields = array();
        foreach (preg_split('/;\s*/', $header) as $pair) {
            $kv = explode('=', $pair, 2);
            if (count($kv) === 2) {
                $fields[$kv[0]] = $kv[1];
            }
        }
        if (!isset($fields['d'])) {
            return false;
        }
        $this->peer = $fields['d'];
        return true;
    }

    public function resolve()
    {
        $this->url = 'https://' . $this->peer . ':' . $this->port . '/.well-known/delivery';
        return $this->url;
    }

    public function deliver($recipient, $calendarText)
    {
        $headers = array(
            'Recipient: ' . $recipient,
            'Content-Type: text/calendar; method=REQUEST',
        );
        $ch = curl_init($this->url);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        curl_setopt($ch, CURLOPT_HTTPHEADER, $headers);
        curl_setopt($ch, CURLOPT_POST, 1);
        curl_setopt($ch, CURLOPT_POSTFIELDS, $calendarText);
        $reply = curl_exec($ch);
        $status = curl_getinfo($ch, CURLINFO_HTTP_CODE);
        curl_close($ch);
        if ($status >= 400) {
            error_log('peer refused delivery: ' . $status);
            return false;
        }
        return $reply;
    }
}
