<?php
/**
 * Plugin Name: Photo Meta Box
 * Description: Shows the camera, lens and exposure of attached photos below each image.
 * Version: 1.2.0
 */
defined('ABSPATH') || exit;

function pmb_camera_info($attachment_id)
{
    $file = get_attached_file($attachment_id);
    if (!$file || !function_exists('exif_read_data')) {
        return array();
    }
    $exif = @exif_read_data($file, 'IFD0,EXIF');
    if (!is_array($exif)) {
        return array();
    }
    $info = array();
    foreach (array('Make', 'Model', 'ExposureTime', 'FNumber', 'ISOSpeedRatings') as $key) {
        if (!empty($exif[$key])) {
            $info[$key] = sanitize_text_field(is_array($exif[$key]) ? implode(', ', $exif[$key]) : $exif[$key]);
        }
    }
    if (!empty($exif['DateTimeOriginal'])) {
        $info['Taken'] = date_i18n(get_option('date_format'), strtotime($exif['DateTimeOriginal']));
    }
    update_post_meta($attachment_id, '_pmb_camera', $info);
    return $info;
}

add_filter('the_content', function ($content) {
    foreach (get_attached_media('image') as $img) {
        $rows = '';
        foreach (pmb_camera_info($img->ID) as $k => $v) {
            $rows .= '<li><strong>' . esc_html($k) . ':</strong> ' . esc_html($v) . '</li>';
        }
        if ($rows) {
            $content .= '<ul class="pmb">' . $rows . '</ul>';
        }
    }
    return $content;
});
