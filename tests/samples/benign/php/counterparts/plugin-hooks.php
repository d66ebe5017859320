<?php
/**
 * A small hook registry as found in CMS cores: callbacks are registered by code, and the request
 * only selects which registered hook runs.
 */
class Hooks
{
    private static $hooks = array();

    public static function add($name, callable $cb)
    {
        self::$hooks[$name][] = $cb;
    }

    public static function run($name, array $args = array())
    {
        foreach (self::$hooks[$name] ?? array() as $cb) {
            call_user_func_array($cb, $args);
        }
    }
}

Hooks::add('ajax_save', function ($data) { return save_draft($data); });
$hook = 'ajax_' . preg_replace('/[^a-z_]/', '', $_POST['hook'] ?? '');
Hooks::run($hook, array($_POST));
