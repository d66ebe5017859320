<?php
/**
 * CRM: e-mail the contacts selected in a list view. Administrators only.
 *
 * Each selected row is identified as "table:id" in $_POST['check'].
 */
require __DIR__ . '/../bootstrap.php';

$auth->requireRole('admin');
$auth->checkToken($_POST['token'] ?? '');

$sent = 0;
$subject = trim((string) ($_POST['email_subject'] ?? ''));
$body = trim((string) ($_POST['email_message'] ?? ''));
if ($subject === '' || $body === '') {
    $view->error('Subject and message are required.');
    exit;
}
$from = $config['crm_sender'];
foreach ((array) ($_POST['check'] ?? []) as $check) {
    [$table, $id] = explode(':', $check, 2) + [null, null];
    if (!in_array($table, ['contacts', 'leads'], true)) {
        continue;
    }
    $row = $db->fetchOne("SELECT email, name FROM $table WHERE id = ?", [(int) $id]);
    if (!$row || !filter_var($row['email'], FILTER_VALIDATE_EMAIL)) {
        continue;
    }
    $text = str_replace('{name}', $row['name'], $body);
    if (mail($row['email'], '=?UTF-8?B?' . base64_encode($subject) . '?=', $text, "From: $from\r\nContent-Type: text/plain; charset=utf-8")) {
        $sent++;
    }
}
$audit->record($auth->user(), 'mass-email', $sent);
$view->message(sprintf('%d message(s) sent.', $sent));
