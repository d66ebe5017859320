<?php
/**
 * A stand-alone landing page that boots WordPress for its header and footer.
 */
require_once __DIR__ . '/wp-load.php';
get_header();
?>
<script src="https://cdn.example.invalid/slider.min.js"></script>
<div class="landing"><?php echo esc_html(get_bloginfo('name')); ?></div>
<?php
get_footer();
