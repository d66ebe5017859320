<?php
// A documentation page: fetches an example from the project's own server, highlights it (adding
// the PHP tag when it is missing) and includes the page footer. Nothing fetched is run.
require_once __DIR__ . '/config.php';
$example = basename($_GET['example'] ?? 'hello');
$code = @file_get_contents(DOCS_BASE . '/examples/' . $example . '.txt', false, stream_context_create(array('http' => array('timeout' => 5))));
if ($code !== false && strpos($code, '<?php') === false) {
    $code = "<?php\n" . $code;
}
echo '<pre class="code">' . highlight_string((string) $code, true) . '</pre>';
$footer = __DIR__ . '/partials/footer.php';
include $footer;
