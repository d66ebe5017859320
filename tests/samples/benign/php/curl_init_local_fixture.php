<?php
// benign look-alike: a test helper reads its own fixture through curl's file: handler; the
// request only picks which page of results to show, never the path
$page = isset($_GET['page']) ? (int) $_GET['page'] : 1;
$h = curl_init('file://' . __DIR__ . '/fixtures/items.json');
curl_setopt($h, CURLOPT_RETURNTRANSFER, true);
$items = json_decode((string) curl_exec($h), true);
curl_close($h);
foreach (array_slice((array) $items, ($page - 1) * 10, 10) as $item) {
    echo htmlspecialchars((string) $item['title']), "\n";
}
