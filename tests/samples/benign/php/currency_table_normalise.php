<?php
// currency codes normalised in place, then shown with the amount the visitor typed
$codes = [' eur', 'usd ', ' gbp '];
foreach ($codes as $i => $code) {
    $clean = '';
    foreach (str_split(trim($code)) as $ch) {
        $clean .= strtoupper($ch);
    }
    $codes[$i] = $clean;
}
$amount = (float) ($_GET['amount'] ?? 0);
foreach ($codes as $code) {
    printf("<li>%s %s</li>\n", htmlspecialchars($code), number_format($amount, 2));
}
