<?php
/**
 * Sends queued newsletter issues to confirmed subscribers (cron job).
 */
if (PHP_SAPI !== 'cli') {
    exit;
}
require __DIR__ . '/../bootstrap.php';

$issue = $db->fetchOne('SELECT * FROM newsletter_issues WHERE status = ? ORDER BY id LIMIT 1', ['queued']);
if (!$issue) {
    exit(0);
}
$subscribers = $db->fetchAll('SELECT email, token FROM subscribers WHERE confirmed = 1 AND unsubscribed_at IS NULL');
foreach ($subscribers as $sub) {
    $unsubscribe = $config['base_url'] . '/unsubscribe?token=' . urlencode($sub['token']);
    $body = str_replace('{unsubscribe}', $unsubscribe, $issue['body_html']);
    $headers = "From: " . $config['newsletter_from'] . "\r\n"
        . "List-Unsubscribe: <" . $unsubscribe . ">\r\n"
        . "MIME-Version: 1.0\r\nContent-Type: text/html; charset=UTF-8\r\n";
    if (!mail($sub['email'], $issue['subject'], $body, $headers)) {
        $log->warning('newsletter: could not send to ' . $sub['email']);
    }
    usleep(100000);
}
$db->execute('UPDATE newsletter_issues SET status = ? WHERE id = ?', ['sent', $issue['id']]);
