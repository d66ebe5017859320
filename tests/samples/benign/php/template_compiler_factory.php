<?php
// A small template helper: colours are read from a palette by index, the compiler is chosen by the
// configuration and the compiled renderer is called once.
function rgb_css($r, $g, $b)
{
    return sprintf('rgb(%d, %d, %d)', $r, $g, $b);
}

$palette = array(12, 34, 56, 78, 90, 120, 150, 180, 210);
$primary = rgb_css($palette[0], $palette[1], $palette[2]);
$accent = rgb_css($palette[3], $palette[4], $palette[5]);
$muted = rgb_css($palette[6], $palette[7], $palette[8]);

$compilers = array(
    'plain' => function ($prefix, $source) {
        return function () use ($prefix, $source) {
            echo $prefix . htmlspecialchars($source, ENT_QUOTES, 'UTF-8');
        };
    },
);
$compiler = $compilers['plain'];
$template = 'Colours: ' . $primary . ', ' . $accent . ', ' . $muted;
$render = $compiler('', $template);
$render();

// a stylesheet block closed with a trailing comment
$css = array('', '}' . "\n" . '/* end of generated rules */');
echo implode("\n", $css);
