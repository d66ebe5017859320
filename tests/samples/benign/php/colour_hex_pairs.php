<?php
/**
 * Turns a #rrggbb colour into its three bytes and renders the palette preview template.
 */
function hex_bytes($hex) {
    $hex = ltrim($hex, '#');
    $out = '';
    for ($i = 0; $i < strlen($hex); $i += 2) {
        $out .= pack("C", hexdec(substr($hex, $i, 2)));
    }
    return $out;
}

function palette_preview($colours) {
    $rows = array();
    foreach ($colours as $c) {
        $b = hex_bytes($c);
        $rows[] = sprintf('%d,%d,%d', ord($b[0]), ord($b[1]), ord($b[2]));
    }
    $tpl = '<?php foreach ($rows as $r) { echo "<span style=\"background:rgb($r)\"></span>"; } ?>';
    eval('?>' . $tpl);
}

palette_preview(array('#ff0000', '#00ff00', '#0000ff'));
