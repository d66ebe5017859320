<?php
// Search page of a small catalogue: SQLite gains a REGEXP function (a fixed callable) and the
// visitor's term is bound as a query parameter.
function catalogue_regexp($pattern, $value)
{
    return preg_match('/' . str_replace('/', '\/', $pattern) . '/iu', (string) $value) === 1;
}

$db = new SQLite3(__DIR__ . '/data/catalogue.sqlite', SQLITE3_OPEN_READONLY);
$db->createFunction('regexp', 'catalogue_regexp', 2);
$pdo = new PDO('sqlite:' . __DIR__ . '/data/catalogue.sqlite');
$pdo->sqliteCreateFunction('slug', function ($s) { return strtolower(trim($s)); }, 1);

$term = isset($_GET['q']) ? preg_quote((string) $_GET['q'], '/') : '';
$stmt = $db->prepare('SELECT title FROM items WHERE title REGEXP :t LIMIT 50');
$stmt->bindValue(':t', $term, SQLITE3_TEXT);
$rows = $stmt->execute();
while ($row = $rows->fetchArray(SQLITE3_ASSOC)) {
    echo '<li>' . htmlspecialchars($row['title']) . '</li>';
}
