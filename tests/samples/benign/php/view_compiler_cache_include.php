<?php
// a small view layer: a template file is compiled into PHP in the cache directory and the compiled
// file is included; the page picked by the request is only a base name under views/
class ViewCompiler {
    private $cacheDir;

    public function __construct($cacheDir) {
        $this->cacheDir = rtrim($cacheDir, '/');
    }

    public function compile($source) {
        $php = preg_replace('/\{\{\s*(\w+)\s*\}\}/', '<?php echo htmlspecialchars($$1); ?>', $source);
        $path = $this->cacheDir . '/' . md5($source) . '.php';
        if (!is_file($path)) {
            file_put_contents($path, $php, LOCK_EX);
        }
        return $path;
    }

    public function render($name, array $vars) {
        extract($vars, EXTR_SKIP);
        $file = __DIR__ . '/views/' . basename($name) . '.tpl';
        include $this->compile((string) file_get_contents($file));
    }
}
$view = new ViewCompiler(__DIR__ . '/cache');
$page = isset($_GET['page']) && preg_match('/^[a-z]+$/', $_GET['page']) ? $_GET['page'] : 'home';
$view->render($page, array('title' => 'Welcome'));
