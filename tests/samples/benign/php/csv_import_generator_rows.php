<?php
// a CSV import: a generator yields the rows of the uploaded file, each is validated and stored
// with a prepared statement; the column handlers come from a fixed map
function csv_rows($path) {
    $h = fopen($path, 'r');
    while (($row = fgetcsv($h)) !== false) {
        yield $row;
    }
    fclose($h);
}
$cleaners = array('name' => 'trim', 'email' => 'strtolower');
$db = new PDO('sqlite:' . __DIR__ . '/../data/contacts.sqlite');
$insert = $db->prepare('INSERT INTO contacts (name, email) VALUES (?, ?)');
foreach (csv_rows($_FILES['csv']['tmp_name']) as $row) {
    $name = $cleaners['name']((string) ($row[0] ?? ''));
    $email = filter_var($cleaners['email']((string) ($row[1] ?? '')), FILTER_VALIDATE_EMAIL);
    if ($email !== false) {
        $insert->execute(array($name, $email));
    }
}
echo 'imported';
