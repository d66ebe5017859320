<?php
// A newsletter module's queue runner: subscribers come from the application's database, each
// message carries the subscriber's address in its unsubscribe link.
require __DIR__ . '/bootstrap.php';
$db = app_db();
$issue = $db->query('SELECT subject, body FROM issues WHERE status = "ready" LIMIT 1')->fetch();
if (!$issue) {
    exit;
}
$rows = $db->query('SELECT email FROM subscribers WHERE confirmed = 1');
foreach ($rows as $row) {
    $body = str_replace('{email}', urlencode($row['email']), $issue['body']);
    mail($row['email'], $issue['subject'], $body, "From: news@example.org\r\nContent-Type: text/html; charset=utf-8");
}
$db->exec('UPDATE issues SET status = "sent" WHERE status = "ready"');
