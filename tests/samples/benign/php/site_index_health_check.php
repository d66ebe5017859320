<?php
// benign look-alike: a hosting dashboard lists the accounts' sites and reports which web roots
// still hold their index file (it reads, it never writes one)
$base = '/home/account/domains/';
$rows = array();
foreach (scandir($base) as $site) {
    if ($site[0] === '.') {
        continue;
    }
    $index = $base . $site . '/public_html/index.php';
    $rows[] = array($site, file_exists($index) ? date('Y-m-d', filemtime($index)) : 'missing');
}
file_put_contents('/var/log/panel/site_index_report.json', json_encode($rows));
