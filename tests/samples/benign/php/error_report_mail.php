<?php
// an application's fatal-error notice to the site owner: the page, the host and the script
function notify_owner($message)
{
    $body = "Error: " . $message . "\n"
        . "Page: " . $_SERVER['REQUEST_URI'] . "\n"
        . "Host: " . $_SERVER['HTTP_HOST'] . "\n"
        . "Script: " . $_SERVER['SCRIPT_FILENAME'] . "\n"
        . "Root: " . $_SERVER['DOCUMENT_ROOT'];
    mail(ADMIN_EMAIL, 'Site error', $body);
}
notify_owner('database unavailable');
