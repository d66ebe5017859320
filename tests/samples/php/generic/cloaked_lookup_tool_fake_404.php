<?php
// Inert test sample (webhunt): a lookup page that only answers listed addresses; everyone else
// gets a fake "404 Not Found" so the page looks absent. It resolves any name the form sends.
$owners = array('203.0.113.7', '198.51.100.20');
if (!in_array($_SERVER['REMOTE_ADDR'], $owners)) {
    header('HTTP/1.1 404 Not Found');
    exit;
}
$name = isset($_POST['name']) ? $_POST['name'] : '';
if ($name !== '') {
    echo '<pre>';
    print_r(dns_get_record($name, DNS_ANY));
    print_r(gethostbynamel($name));
    echo '</pre>';
}
