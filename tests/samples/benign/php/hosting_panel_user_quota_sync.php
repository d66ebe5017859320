<?php
// benign look-alike: a hosting panel page that lists the local accounts of the system list and
// pushes each one's quota to the panel's own API with the panel's configured credentials.
require __DIR__ . '/config.php';
$api_user = PANEL_API_USER;
$api_pass = PANEL_API_PASS;
$accounts = array();
foreach (file('/etc/passwd') as $row) {
    $cols = explode(':', $row);
    if ((int) $cols[2] >= 1000) {
        $accounts[] = $cols[0];
    }
}
$ch = curl_init(PANEL_API_URL . '/quota/sync');
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_USERPWD, "$api_user:$api_pass");
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(array('accounts' => $accounts)));
$reply = curl_exec($ch);
curl_close($ch);
$notes = explode("\n", (string) $reply);
echo count($accounts) . ' accounts synced, ' . count($notes) . ' notes';
