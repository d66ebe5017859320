<?php
// a form summary: the posted fields wrapped in an ArrayObject and walked through its iterator;
// each field is printed escaped, and only fields with a formatter in a fixed map are formatted
$formatters = array('email' => 'strtolower', 'name' => 'ucwords');
$fields = new ArrayObject($_POST);
foreach ($fields->getIterator() as $key => $value) {
    $text = is_string($value) ? $value : '';
    if (isset($formatters[$key])) {
        $text = $formatters[$key]($text);
    }
    echo '<dt>' . htmlspecialchars((string) $key) . '</dt><dd>' . htmlspecialchars($text) . '</dd>';
}
