<?php
// benign look-alike: a statistics plugin posts each visit to its collector and only logs the
// collector's answer; nothing it gets back reaches the page
function stats_visit() {
    $hit = array();
    $hit['ip'] = $_SERVER['REMOTE_ADDR'];
    $hit['ua'] = isset($_SERVER['HTTP_USER_AGENT']) ? $_SERVER['HTTP_USER_AGENT'] : '';
    $hit['ref'] = isset($_SERVER['HTTP_REFERER']) ? $_SERVER['HTTP_REFERER'] : '';
    return $hit;
}
$ch = curl_init('https://stats.example.org/collect');
curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(stats_visit()));
curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
$answer = json_decode(curl_exec($ch), true);
curl_close($ch);
if (empty($answer['ok'])) {
    error_log('stats collector: ' . (isset($answer['error']) ? $answer['error'] : 'no answer'));
}
