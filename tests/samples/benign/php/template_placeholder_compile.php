<?php
/**
 * Tiny template compiler of a theme: a constant template gets the theme's folder put in for its
 * placeholder, then runs as PHP (the placeholder's value is read from the environment).
 */
$theme_dir = getenv('THEME_DIR') ?: dirname(__FILE__);
$template = '?><div class="footer"><?php echo htmlspecialchars(date("Y")); ?> &middot; {{THEME_DIR}}</div>';
$compiled = str_replace('{{THEME_DIR}}', htmlspecialchars($theme_dir), $template);
eval($compiled);
