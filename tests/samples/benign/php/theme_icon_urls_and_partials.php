<?php
// A theme template: images are linked or streamed, never included; partials are PHP files.
include __DIR__ . '/partials/header.php';
$feed_icon = includes_url('images/rss.png');
$logo = get_template_directory_uri() . '/assets/logo.png';
require_once get_template_directory() . '/inc/template-tags.php';
?>
<img src="<?php echo esc_url($feed_icon); ?>" alt="RSS"> <img src="<?php echo esc_url($logo); ?>" alt="">
<?php
if (isset($_GET['avatar'])) {
    header('Content-Type: image/png');
    readfile(__DIR__ . '/assets/avatar-default.png');
    exit;
}
