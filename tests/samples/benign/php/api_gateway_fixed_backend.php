<?php
// Same-origin gateway for the single-page app: JSON bodies go to the shop's own API, the request
// chooses only the endpoint path under it.
const API_BASE = 'https://api.shop.example.com/v3/';
$endpoint = preg_replace('#[^a-z0-9/_-]#i', '', $_GET['endpoint'] ?? '');
$payload = file_get_contents('php://input');

$ch = curl_init(API_BASE . $endpoint);
curl_setopt($ch, CURLOPT_POST, 1);
curl_setopt($ch, CURLOPT_POSTFIELDS, $payload);
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: application/json', 'Authorization: Bearer ' . getenv('SHOP_TOKEN')]);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$reply = curl_exec($ch);
header('Content-Type: application/json');
echo $reply;
