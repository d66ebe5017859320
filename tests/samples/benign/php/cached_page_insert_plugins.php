<?php
/**
 * Page cache with dynamic "insert" blocks: a cached page keeps markers holding the
 * serialized arguments of each insert; on output every marker is replaced by calling
 * the insert plugin registered under that name (plugins live in the application's own
 * plugins folder and are loaded by file name from a fixed pattern).
 */
class PageCacheInserts
{
    private string $marker;
    private array $inserts = [];
    private string $pluginDir;

    public function __construct(string $pluginDir, string $secret)
    {
        $this->pluginDir = rtrim($pluginDir, '/');
        $this->marker = md5($secret . __FILE__);
    }

    public function register(string $name, callable $callback): void
    {
        $this->inserts[$name] = $callback;
    }

    private function load(string $name): ?callable
    {
        if (isset($this->inserts[$name])) {
            return $this->inserts[$name];
        }
        if (!preg_match('/^[a-z_][a-z0-9_]*$/', $name)) {
            return null;
        }
        $file = $this->pluginDir . '/insert.' . $name . '.php';
        if (is_file($file)) {
            require_once $file;
            $function = 'page_insert_' . $name;
            if (function_exists($function)) {
                return $this->inserts[$name] = $function;
            }
        }
        return null;
    }

    public function placeholder(array $args): string
    {
        return $this->marker . '{insert_cache ' . serialize($args) . '}' . $this->marker;
    }

    public function process(string $cached): string
    {
        $pattern = '!' . $this->marker . '\{insert_cache (.*)\}' . $this->marker . '!Us';
        return preg_replace_callback($pattern, function ($m) {
            $args = unserialize($m[1], ['allowed_classes' => false]);
            if (!is_array($args) || !isset($args['name'])) {
                return '';
            }
            $callback = $this->load($args['name']);
            return $callback ? (string) $callback($args) : '';
        }, $cached);
    }
}
