<?php
/**
 * CMS template resource: e-mail and page templates are stored in the database and edited
 * by administrators in the back office. On render the template text is compiled to PHP
 * (only {$var}, {$var|filter} and {if}/{/if} tags are understood) and the compiled code is
 * evaluated; compiled code is cached in APCu keyed by the template's revision.
 */
class DbTemplateResource
{
    private const FILTERS = ['upper' => 'strtoupper', 'lower' => 'strtolower', 'escape' => 'htmlspecialchars'];

    public function __construct(private PDO $db) {}

    private function source(string $name): array
    {
        $st = $this->db->prepare('SELECT body, revision FROM templates WHERE name = ?');
        $st->execute([$name]);
        $row = $st->fetch(PDO::FETCH_ASSOC);
        if (!$row) {
            throw new RuntimeException("Unknown template {$name}");
        }
        return $row;
    }

    public function compile(string $body): string
    {
        $php = preg_replace_callback('/\{\$(\w+)(?:\|(\w+))?\}/', function ($m) {
            $var = '($tpl[' . var_export($m[1], true) . '] ?? \'\')';
            $filter = self::FILTERS[$m[2] ?? 'escape'] ?? 'htmlspecialchars';
            return '<?php echo ' . $filter . '((string) ' . $var . '); ?>';
        }, $body);
        $php = preg_replace('/\{if \$(\w+)\}/', '<?php if (!empty($tpl[\'$1\'])): ?>', $php);
        return str_replace('{/if}', '<?php endif; ?>', $php);
    }

    public function render(string $name, array $tpl): string
    {
        $row = $this->source($name);
        $key = 'tpl:' . $name . ':' . $row['revision'];
        $compiled = function_exists('apcu_fetch') ? apcu_fetch($key) : false;
        if ($compiled === false) {
            $compiled = $this->compile($row['body']);
            if (function_exists('apcu_store')) {
                apcu_store($key, $compiled, 3600);
            }
        }
        ob_start();
        eval('?>' . $compiled);
        return ob_get_clean();
    }
}
