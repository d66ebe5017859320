<?php
// test helper: replays a recorded API answer from a fixture through the same curl code path
$fixture = __DIR__ . '/fixtures/orders.json';
$ch = curl_init();
curl_setopt($ch, CURLOPT_URL, "file://" . $fixture);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$json = curl_exec($ch);
curl_close($ch);
$orders = json_decode((string) $json, true);
$page = isset($_GET['page']) ? max(1, (int) $_GET['page']) : 1;
foreach (array_slice((array) $orders, ($page - 1) * 20, 20) as $o) {
    echo htmlspecialchars($o['id'] ?? '') . "\n";
}
