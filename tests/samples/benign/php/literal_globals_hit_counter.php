<?php
// A legacy page-hit counter: its settings live in ${"GLOBALS"} (a literal-named variable, as old
// generated code writes it); the count goes to a fixed file and the page name is only displayed.
${"GLOBALS"}["counter_file"] = __DIR__ . "/data/hits.txt";
${"GLOBALS"}["label"] = "visits";
$page = isset($_GET["page"]) ? basename((string) $_GET["page"]) : "home";
$count = (int) @file_get_contents(${"GLOBALS"}["counter_file"]);
$count++;
$fp = fopen(${"GLOBALS"}["counter_file"], "c");
if ($fp !== false && flock($fp, LOCK_EX)) {
    ftruncate($fp, 0);
    fwrite($fp, (string) $count);
    flock($fp, LOCK_UN);
    fclose($fp);
}
printf("<p>%s: %d %s</p>", htmlspecialchars($page), $count, ${"GLOBALS"}["label"]);
