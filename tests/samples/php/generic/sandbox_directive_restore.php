<?php
// inert test sample: a panel that tries to lift the host's PHP restrictions before doing its work
@set_time_limit(0);
@ini_restore('open_basedir');
@ini_restore('disable_functions');
@ini_restore('safe_mode');
echo 'restrictions: ' . ini_get('open_basedir') . ' / ' . ini_get('disable_functions');
