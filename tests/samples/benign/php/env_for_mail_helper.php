<?php
// A contact form sets the sendmail wrapper's locale before mailing the site's own address.
putenv('LC_ALL=C.UTF-8');
putenv('TZ=Europe/Berlin');
$body = strip_tags((string) ($_POST['message'] ?? ''));
mail('office@example.org', 'Contact form', $body, 'From: web@example.org', '-fweb@example.org');
echo 'Thanks, ${name} will reply soon.';
