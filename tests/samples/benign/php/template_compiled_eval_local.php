<?php
// A tiny template engine: a template read from the application's own directory is compiled
// and run as a script (eval of a closing tag and the compiled text). A settings class keeps
// the API address it is given; the engine reads nothing from that address.
class ApiSettings
{
    private $endpoint;

    public function __construct($endpoint)
    {
        $this->endpoint = $endpoint;
    }

    public function endpoint()
    {
        return $this->endpoint;
    }
}

function render_template($name, array $vars)
{
    $file = __DIR__ . '/templates/' . basename($name) . '.tpl';
    $source = file_get_contents($file);
    $compiled = preg_replace('/\{\{\s*(\w+)\s*\}\}/', '<?php echo htmlspecialchars($$1); ?>', $source);
    extract($vars, EXTR_SKIP);
    ob_start();
    eval("?>" . $compiled);
    return ob_get_clean();
}

$settings = new ApiSettings("https://api.example.com/v2");
echo render_template('footer', ['endpoint' => $settings->endpoint(), 'year' => date('Y')]);
