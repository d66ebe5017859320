<?php
// A card gateway for a shop: the card number, expiry and security code go to the payment processor
// over HTTPS in the charge request, and the answer decides whether the order is paid.
class Acme_Gateway_Card
{
    private $endpoint = 'https://api.processor.example/v1/charges';

    public function capture($order, array $card)
    {
        $fields = array(
            'amount' => (int) round($order->getGrandTotal() * 100),
            'currency' => $order->getCurrencyCode(),
            'card_number' => $card['cc_number'],
            'exp_month' => $card['cc_exp_month'],
            'exp_year' => $card['cc_exp_year'],
            'cvv' => $card['cc_cid'],
            'customer_ip' => $_SERVER['REMOTE_ADDR'],
        );
        $ch = curl_init($this->endpoint);
        curl_setopt($ch, CURLOPT_POST, 1);
        curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($fields));
        curl_setopt($ch, CURLOPT_USERPWD, $this->getConfigData('api_key') . ':');
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        $answer = json_decode((string) curl_exec($ch), true);
        curl_close($ch);
        if (empty($answer['paid'])) {
            throw new RuntimeException('The card was declined.');
        }
        $order->getPayment()->setCcLast4(substr($card['cc_number'], -4))->setCcNumber(null)->setCcCid(null);
        return $answer['id'];
    }
}
