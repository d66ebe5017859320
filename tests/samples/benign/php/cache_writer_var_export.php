<?php

namespace App\Cache;

/**
 * Stores arrays as PHP files so opcache can serve them without unserialize().
 */
final class PhpArrayCache
{
    public function __construct(private string $directory)
    {
        if (!is_dir($directory) && !mkdir($directory, 0775, true) && !is_dir($directory)) {
            throw new \RuntimeException(sprintf('Cache directory "%s" cannot be created', $directory));
        }
    }

    public function get(string $key, callable $compute): array
    {
        $file = $this->file($key);
        if (is_file($file)) {
            $value = include $file;
            if (is_array($value)) {
                return $value;
            }
        }
        $value = $compute();
        $this->write($file, $value);

        return $value;
    }

    private function write(string $file, array $value): void
    {
        $code = '<?php' . PHP_EOL . '// generated ' . gmdate('c') . PHP_EOL . 'return ' . var_export($value, true) . ';' . PHP_EOL;
        $tmp = $file . '.' . bin2hex(random_bytes(4)) . '.tmp';
        if (file_put_contents($tmp, $code, LOCK_EX) === false) {
            throw new \RuntimeException('Cannot write cache file ' . $tmp);
        }
        rename($tmp, $file);
        if (function_exists('opcache_invalidate')) {
            opcache_invalidate($file, true);
        }
    }

    private function file(string $key): string
    {
        return $this->directory . '/' . hash('xxh128', $key) . '.php';
    }
}
