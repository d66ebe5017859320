<?php
// Site settings kept as YAML; a custom tag turns paths relative to the install directory.
$settings = yaml_parse_file(__DIR__ . '/config/site.yaml', 0, $ndocs, array(
    '!path' => 'site_resolve_path',
    '!env' => 'getenv',
));
function site_resolve_path($value) { return __DIR__ . '/' . ltrim($value, '/'); }
$page = isset($_GET['page']) ? preg_replace('/[^a-z0-9-]/', '', $_GET['page']) : 'home';
echo htmlspecialchars($settings['title'] . ' - ' . $page);
