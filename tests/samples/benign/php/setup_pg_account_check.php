<?php
// Installer step: tries the PostgreSQL account typed in the form and creates the application's own
// tables on it; no statement comes from the form.
$c = 'host=' . $_POST['dbhost'] . ' dbname=' . $_POST['dbname'] . ' user=' . $_POST['dbuser'] . ' password=' . $_POST['dbpass'];
$link = @pg_connect($c);
if (!$link) {
    die('Could not connect: check the account.');
}
pg_query($link, 'CREATE TABLE IF NOT EXISTS app_users (id serial primary key, name text)');
pg_query($link, 'CREATE TABLE IF NOT EXISTS app_pages (id serial primary key, body text)');
file_put_contents(__DIR__ . '/../config/db.php', '<?php return ' . var_export(array('dsn' => $c), true) . ';');
echo 'Database ready.';
