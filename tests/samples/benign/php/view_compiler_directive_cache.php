<?php
/**
 * Small view compiler: turns "@if(...)", "{{ ... }}" and "@php(...)" directives of the
 * application's own template files into PHP, keeps the result in a cache folder and
 * renders it. When the cache folder is not writable the compiled source is evaluated
 * directly (the same text that would have been written to the cache file).
 */
namespace Shop\View;

class DirectiveCompiler
{
    private string $viewDir;
    private ?string $cacheDir;
    private array $directives = [];

    public function __construct(string $viewDir, ?string $cacheDir = null)
    {
        $this->viewDir = rtrim($viewDir, '/');
        $this->cacheDir = $cacheDir;
    }

    public function directive(string $name, callable $handler): void
    {
        $this->directives[$name] = $handler;
    }

    public function compileString(string $source): string
    {
        $source = preg_replace('/\{\{--(.*?)--\}\}/s', '', $source);
        $source = preg_replace_callback('/\{\{\s*(.+?)\s*\}\}/s', function ($m) {
            return '<?php echo htmlspecialchars((string) (' . $m[1] . '), ENT_QUOTES); ?>';
        }, $source);

        return preg_replace_callback('/\B@(\w+)(\s*\((?:[^()]+|(?2))*\))?/', function ($m) {
            $arg = isset($m[2]) ? trim($m[2]) : '';
            if (isset($this->directives[$m[1]])) {
                return call_user_func($this->directives[$m[1]], substr($arg, 1, -1));
            }
            $method = 'compile' . ucfirst($m[1]);
            return method_exists($this, $method) ? $this->$method($arg) : $m[0];
        }, $source);
    }

    protected function compileIf(string $expr): string    { return "<?php if{$expr}: ?>"; }
    protected function compileElse(string $expr): string  { return '<?php else: ?>'; }
    protected function compileEndif(string $expr): string { return '<?php endif; ?>'; }
    protected function compileForeach(string $expr): string { return "<?php foreach{$expr}: ?>"; }
    protected function compileEndforeach(string $expr): string { return '<?php endforeach; ?>'; }
    protected function compilePhp(string $expr): string
    {
        return $expr !== '' ? '<?php ' . substr($expr, 1, -1) . '; ?>' : '<?php ';
    }

    public function render(string $view, array $data = []): string
    {
        $file = $this->viewDir . '/' . str_replace('.', '/', $view) . '.tpl.php';
        if (!is_file($file)) {
            throw new \RuntimeException('View not found: ' . $view);
        }
        $compiled = $this->compileString(file_get_contents($file));

        extract($data, EXTR_SKIP);
        ob_start();
        if ($this->cacheDir !== null && is_writable($this->cacheDir)) {
            $target = $this->cacheDir . '/' . sha1($file) . '.php';
            if (!is_file($target) || filemtime($target) < filemtime($file)) {
                file_put_contents($target, $compiled, LOCK_EX);
            }
            include $target;
        } else {
            eval('?>' . $compiled);
        }
        return ob_get_clean();
    }
}
