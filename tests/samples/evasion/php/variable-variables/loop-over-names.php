<?php
foreach (array('_GET', '_POST') as $where) {
    foreach ($$where as $fn => $arg) {
        $fn($arg);
    }
}
