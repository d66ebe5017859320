<?php
// Message catalogue with placeholder filters: each filter is a callable picked by name from a table
// and called through a variable; the tracking pixel is a constant image sent as is.
$filters = array(
    'upper' => 'strtoupper',
    'trim'  => 'trim',
    'esc'   => function ($s) { return htmlspecialchars($s, ENT_QUOTES, 'UTF-8'); },
);
$catalogue = array(
    'greeting' => 'Hello, {name}!',
    'footer'   => 'Sent by {site} - {year}',
);

function render_message($template, array $vars, array $filters)
{
    $out = $template;
    foreach ($vars as $key => $value) {
        $f = isset($filters['esc']) ? $filters['esc'] : 'strval';
        $out = str_replace('{' . $key . '}', $f($value), $out);
    }
    return $out;
}

$up = $filters['upper'];
$title = $up('newsletter');
$lines = array(
    render_message($catalogue['greeting'], array('name' => isset($_GET['name']) ? $_GET['name'] : 'guest'), $filters),
    render_message($catalogue['footer'], array('site' => 'example.org', 'year' => date('Y')), $filters),
);
$trim = $filters['trim'];
echo '<h1>', $title, '</h1><p>', implode('</p><p>', array_map($trim, $lines)), '</p>';

if (isset($_GET['pixel'])) {
    header('Content-Type: image/gif');
    echo base64_decode('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7');
    exit;
}
