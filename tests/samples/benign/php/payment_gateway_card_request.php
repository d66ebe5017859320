<?php
// A payment method: the card goes to the acquirer over TLS and nowhere else; the log keeps the
// acquirer's answer and the masked number only, in the shop's log directory.
class Shop_Payment_Gateway
{
    const URL = 'https://gateway.example.com/api/authorize';

    public function authorize($payment, $amount)
    {
        $fields = array(
            'card_number' => $payment->getCcNumber(),
            'exp' => $payment->getCcExpMonth() . '/' . $payment->getCcExpYear(),
            'cvv' => $payment->getCcCid(),
            'amount' => sprintf('%.2f', $amount),
        );
        $ch = curl_init(self::URL);
        curl_setopt($ch, CURLOPT_POST, 1);
        curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($fields));
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
        $answer = json_decode((string) curl_exec($ch), true);
        curl_close($ch);
        $this->log(sprintf('authorize %s: %s', substr($fields['card_number'], -4), $answer['status']));
        return $answer;
    }

    private function log($line)
    {
        file_put_contents(BP . '/var/log/payment.log', date('c') . ' ' . $line . "\n", FILE_APPEND);
    }

    public function notifyCustomer($order)
    {
        // The confirmation tells the buyer the order number and the amount, never the card.
        $body = sprintf("Thank you for order %s.\nTotal: %s\n", $order->getIncrementId(), $order->getGrandTotal());
        mail($order->getCustomerEmail(), 'Your order', $body);
    }
}
