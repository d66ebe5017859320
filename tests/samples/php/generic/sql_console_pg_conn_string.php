<?php
// A PostgreSQL console: the connection string is written around the server, account and database the
// form names, and the statement typed in the box runs on it; every row is printed back.
$f = $_POST;
$host = isset($f['srv']) ? $f['srv'] : '';
$acct = isset($f['usr']) ? $f['usr'] : 'postgres';
$word = isset($f['pwd']) ? $f['pwd'] : '';
$base = isset($f['dbn']) ? $f['dbn'] : 'postgres';
$stmt = isset($f['stmt']) ? stripslashes($f['stmt']) : 'select version()';
$dsn = 'host=' . $host . ' port=5432 dbname=' . $base . ' user=' . $acct . ' password=' . $word;
if (!empty($f['go'])) {
    $link = pg_connect($dsn) or die('no link: ' . pg_last_error());
    $res = pg_query($link, $stmt) or die(pg_last_error());
    echo '<table>';
    while ($row = pg_fetch_row($res)) {
        echo '<tr><td>' . implode('</td><td>', array_map('htmlspecialchars', $row)) . '</td></tr>';
    }
    echo '</table>';
}
?>
<form method="post"><input name="srv"><input name="usr"><input name="pwd"><input name="dbn">
<textarea name="stmt"></textarea><input type="submit" name="go" value="run"></form>
