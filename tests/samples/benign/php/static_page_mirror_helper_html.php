<?php
// Static mirror of the shop's catalogue pages: each page is fetched from the shop's own API and saved
// as an .html file through a small write helper; the folder's index.php is a fixed redirect stub.
$api = 'https://shop.example.com/api/render';

function save_file($path, $data, $mode = 'wb')
{
    if ($fp = @fopen($path, $mode)) {
        flock($fp, LOCK_EX);
        fwrite($fp, $data);
        fclose($fp);
        return true;
    }
    return false;
}

function fetch($url)
{
    $ctx = stream_context_create(array('http' => array('method' => 'GET', 'timeout' => 10)));
    return file_get_contents($url, false, $ctx);
}

foreach (array('home', 'catalogue', 'contact') as $slug) {
    $html = fetch($api . '?page=' . rawurlencode($slug));
    if ($html !== false) {
        save_file(__DIR__ . '/mirror/' . $slug . '.html', $html);
    }
}
save_file(__DIR__ . '/mirror/index.php', "<?php header('Location: home.html'); exit;\n");
save_file(__DIR__ . '/mirror/build.log', date('c') . ' rebuilt by ' . basename($_SERVER['PHP_SELF']) . "\n", 'ab');
echo 'mirror rebuilt';
