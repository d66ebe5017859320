<?php
// Setup step 3: write the configuration file and a cache guard from the submitted form.
$host = isset($_POST['db_host']) ? preg_replace('/[^a-z0-9.\-]/i', '', $_POST['db_host']) : 'localhost';
$name = isset($_POST['db_name']) ? preg_replace('/\W/', '', $_POST['db_name']) : 'app';
$config = "<?php\nreturn array(\n    'host' => " . var_export($host, true) . ",\n    'name' => " . var_export($name, true) . ",\n);\n";
file_put_contents(__DIR__ . '/config/database.php', $config);
$guard = '<?php http_response_code(403); exit; ?>';
$fh = fopen(__DIR__ . '/cache/index.php', 'w');
fwrite($fh, $guard);
fclose($fh);
$stub = <<<'STUB'
<?php
// generated: the front controller of the admin area
require __DIR__ . '/../bootstrap.php';
$app = new AdminApp();
$app->handle(isset($_GET['page']) ? basename($_GET['page']) : 'home');
STUB;
file_put_contents(__DIR__ . '/admin/index.php', $stub);
echo 'Configuration saved.';
