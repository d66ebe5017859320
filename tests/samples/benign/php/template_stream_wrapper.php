<?php
// A view layer that compiles templates from its own folder and includes them through a stream
// wrapper, and picks a formatter with a condition (the pattern of small template engines).
final class TemplateStream
{
    public $context;
    private string $code = '';
    private int $pos = 0;

    public function stream_open(string $path, string $mode, int $options, ?string &$opened): bool
    {
        $name = basename(substr($path, strlen('tpl://')));
        $file = __DIR__ . '/views/' . $name . '.phtml';
        if (!is_file($file)) {
            return false;
        }
        $this->code = str_replace('<?=', '<?php echo ', (string) file_get_contents($file));
        return true;
    }

    public function stream_read(int $count): string
    {
        $chunk = substr($this->code, $this->pos, $count);
        $this->pos += strlen($chunk);
        return $chunk;
    }

    public function stream_eof(): bool { return $this->pos >= strlen($this->code); }
    public function stream_stat(): array { return []; }
}

stream_wrapper_register('tpl', TemplateStream::class);
$page = preg_replace('/[^a-z]/', '', (string) ($_GET['page'] ?? 'home'));
$title = (isset($_GET['upper']) ? 'strtoupper' : 'ucfirst')((string) ($_GET['title'] ?? 'home'));
include 'tpl://' . $page;
