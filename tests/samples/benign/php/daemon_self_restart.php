<?php
// A long-running worker started from the command line: it names its process and, when asked to
// reload, replaces itself with a fresh copy of the same program, the same arguments and the same
// environment. Nothing here is reached by a web request.

namespace Example\Worker;

final class Runner
{
    /** @var string|null */
    private static $startDir;

    public static function name(string $title): void
    {
        if (function_exists('cli_set_process_title')) {
            \cli_set_process_title($title);
        }
    }

    public static function remember(): void
    {
        self::$startDir = getcwd();
    }

    /** The environment the worker was started with, or one variable of it. */
    public static function environment(?string $key = null)
    {
        if ($key !== null) {
            return \getenv($key);
        }
        if (PHP_VERSION_ID >= 70100) {
            return \getenv();
        }
        $vars = $_SERVER;
        unset($vars['argv'], $vars['argc']);
        return $vars;
    }

    /** Reload: run the same binary again with the arguments this one got. */
    public static function reload(): void
    {
        $program = static::environment('_');
        $args = $_SERVER['argv'];
        if ($program === false || $program === '') {
            $program = self::absolute(array_shift($args));
        } else {
            array_shift($args);
        }
        \pcntl_exec($program, $args, static::environment());
    }

    private static function absolute(string $path): string
    {
        if ($path !== '' && $path[0] === '/') {
            return $path;
        }
        return rtrim((string) self::$startDir, '/') . '/' . $path;
    }
}
