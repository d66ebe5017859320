<?php
// benign look-alike: a settings cache written atomically (temporary file, then rename) from the
// application's own configuration array, then included; the request only picks the language
$settings = ['title' => 'Shop', 'lang' => in_array($_GET['lang'] ?? 'en', ['en', 'de'], true) ? $_GET['lang'] : 'en'];
$tmp = tempnam(__DIR__ . '/cache', 'cfg');
file_put_contents($tmp, '<?php return ' . var_export($settings, true) . ';');
rename($tmp, __DIR__ . '/cache/settings.php');
$config = include __DIR__ . '/cache/settings.php';
echo htmlspecialchars($config['title']);
