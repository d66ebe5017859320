<?php
/**
 * Theme hooks: constants name the callbacks a child theme may override; a function of the same
 * name as a constant is declared in the bootstrap file (loaded before this one).
 */
define('THEME_RENDER_HOOK', 'theme_' . 'render_block');
define('THEME_CACHE_TTL', 300);

function theme_render_block($name)
{
    return '<div class="block-' . htmlspecialchars($name, ENT_QUOTES) . '"></div>';
}

$block = isset($_GET['block']) ? $_GET['block'] : 'sidebar';
echo THEME_RENDER_HOOK($block);
echo call_user_func(THEME_RENDER_HOOK, 'footer');
