<?php
/**
 * Front controller: the module named in the URL is loaded by the autoloader (class names can
 * hold no dots or slashes) and its errors are shown escaped and logged.
 *
 * @package App
 */
spl_autoload_register(function ($class) {
    $file = __DIR__ . '/modules/' . str_replace('\\', '/', $class) . '.php';
    if (is_file($file)) {
        require $file;
    }
});
set_exception_handler(function ($e) {
    http_response_code(500);
    echo '<p>' . htmlspecialchars($e->getMessage(), ENT_QUOTES, 'UTF-8') . '</p>';
    error_log('router: ' . $e->getMessage());
});
$module = isset($_GET['module']) ? $_GET['module'] : 'Home';
if (!class_exists($module)) {
    throw new DomainException('Unknown module ' . $module);
}
try {
    $page = new $module();
    echo $page->render();
} catch (RuntimeException $e) {
    echo '<p class="error">' . htmlspecialchars($e->getMessage(), ENT_QUOTES, 'UTF-8') . '</p>';
}
