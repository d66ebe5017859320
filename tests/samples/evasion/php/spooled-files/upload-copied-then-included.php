<?php
// inert sample: an upload copied to a work file that the script then runs
$work = dirname(__FILE__) . '/.cache-' . md5(date('Ymd'));
copy($_FILES['pkg']['tmp_name'], $work);
include($work);
