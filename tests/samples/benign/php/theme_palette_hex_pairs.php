<?php
/**
 * Theme palette: colours are stored as hex strings and turned into RGB channel bytes for the
 * contrast check; the loop reads two hex digits at a time.
 */
$palette = array('primary' => '1e73be', 'accent' => 'ff8800', 'muted' => 'cccccc');

function channels($hex)
{
    $bytes = '';
    for ($i = 0; $i < strlen($hex) - 1; $i += 2) {
        $bytes .= chr(hexdec($hex[$i] . $hex[$i + 1]));
    }
    return $bytes;
}

function luminance($hex)
{
    $c = channels($hex);
    return (0.299 * ord($c[0]) + 0.587 * ord($c[1]) + 0.114 * ord($c[2])) / 255;
}

$choice = isset($_GET['colour']) && isset($palette[$_GET['colour']]) ? $_GET['colour'] : 'primary';
$text = luminance($palette[$choice]) > 0.5 ? '#000' : '#fff';
echo '<span style="background:#' . htmlspecialchars($palette[$choice]) . ';color:' . $text . '">'
    . htmlspecialchars($choice) . '</span>';
