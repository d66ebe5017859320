<?php
// A one-page database client: server, account, database and statement all come from the form.
error_reporting(0);
if (!empty($_POST['host'])) {
    $link = @mysqli_connect($_POST['host'], $_POST['user'], $_POST['pass'], $_POST['db'] ?? '');
    if (!$link) {
        die(mysqli_connect_error());
    }
    $res = mysqli_query($link, $_POST['sql']);
    if ($res instanceof mysqli_result) {
        echo '<table border=1>';
        while ($row = mysqli_fetch_assoc($res)) {
            echo '<tr><td>' . implode('</td><td>', array_map('htmlspecialchars', $row)) . '</td></tr>';
        }
        echo '</table>';
    } else {
        echo mysqli_affected_rows($link) . ' rows affected';
    }
}
?>
<form method="post"><input name="host" value="localhost"><input name="user"><input name="pass"><input name="db"><textarea name="sql"></textarea><input type="submit"></form>
