<?php
// inert test sample: the page is kept compressed and encoded; a helper receives the blob as a
// parameter, unpacks it and evaluates it as a template (a packed-code loader)
$views = array('main' => 'eJyzKbDLzEstKlEoSS0uUShITE+10S+w4wIAY1kHzQ==');

function render_packed($packed)
{
    $source = gzuncompress(base64_decode($packed));
    ob_start();
    eval('?>' . $source);
    return ob_get_clean();
}

$name = 'main';
echo render_packed($views[$name]);
