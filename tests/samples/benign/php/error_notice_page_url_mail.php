<?php
// an application's uncaught-exception handler: mails the owner the failing page's address,
// the script and the PHP version (no request input is read here)
function report_crash(Throwable $e)
{
    $body = "Exception: " . $e->getMessage() . "\n"
        . "URL: https://" . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI'] . "\n"
        . "Script: " . $_SERVER['SCRIPT_FILENAME'] . "\n"
        . "Root: " . $_SERVER['DOCUMENT_ROOT'] . "\n"
        . "PHP " . phpversion() . " on " . PHP_OS;
    mail(OWNER_EMAIL, 'Crash on ' . $_SERVER['HTTP_HOST'], $body);
}
set_exception_handler('report_crash');
