<?php
// benign look-alike: a contact form mailing the office; the subject and message are the visitor's
// with the site's tag appended, the recipient is fixed
$office = 'office@example.org';
if (!empty($_POST['message'])) {
    $subject = trim($_POST['subject']) . ' [website]';
    $body = $_POST['message'] . "\n\n--\nsent from the contact page";
    mail($office, $subject, $body, 'Reply-To: ' . filter_var($_POST['email'], FILTER_SANITIZE_EMAIL));
}
