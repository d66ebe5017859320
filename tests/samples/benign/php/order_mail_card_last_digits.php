<?php
// An order confirmation: the customer is told which card was charged (its type and last four digits
// only) and the shop's country statistics are updated from the visitor's address.
function acme_order_confirmation($order)
{
    $payment = $order->getPayment();
    $ip = $_SERVER['REMOTE_ADDR'];
    $geo = json_decode((string) @file_get_contents("https://ipinfo.io/{$ip}/json"), true);
    acme_stats_country(isset($geo['country']) ? $geo['country'] : 'unknown');
    $body = "Thank you for your order " . $order->getIncrementId() . ".\n";
    $body .= "Charged to: " . $payment->getCcType() . " ending in " . $payment->getCcLast4() . "\n";
    $body .= "Total: " . $order->getGrandTotal() . "\n";
    mail($order->getCustomerEmail(), 'Your order', $body);
}
