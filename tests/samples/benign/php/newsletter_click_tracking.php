<?php
/**
 * Newsletter preview: links in the issue are rewritten to go through the click counter.
 */
$issue = isset($_GET['issue']) ? (int) $_GET['issue'] : 1;
$html = file_get_contents(__DIR__ . '/issues/' . $issue . '.html');
$html = preg_replace('/((src|href)\s*=\s*["\'])(https?:[^"\']+)/i', '\\1' . $_SERVER['PHP_SELF'] . '?click=\\3', $html);
if (isset($_GET['click'])) {
    file_put_contents(__DIR__ . '/clicks.log', date('c') . "\n", FILE_APPEND);
    header('Location: /');
    exit;
}
echo $html;
