<?php
/**
 * Compiles short-tag views from the theme directory and serves them through a stream wrapper,
 * so the compiled view is included without writing a cache file.
 */
final class ViewStream
{
    private string $code = '';
    private int $pos = 0;
    public $context;

    public function stream_open(string $path, string $mode, int $options, ?string &$opened): bool
    {
        $name = basename(substr($path, strlen('view://')));
        $file = __DIR__ . '/views/' . $name . '.phtml';
        if (!is_file($file)) {
            return false;
        }
        $source = file_get_contents($file);
        $this->code = str_replace(['{{', '}}'], ['<?php echo htmlspecialchars(', '); ?>'], $source);
        return true;
    }

    public function stream_read(int $count): string
    {
        $chunk = substr($this->code, $this->pos, $count);
        $this->pos += strlen($chunk);
        return $chunk;
    }

    public function stream_eof(): bool
    {
        return $this->pos >= strlen($this->code);
    }

    public function stream_stat(): array
    {
        return [];
    }
}

stream_wrapper_register('view', ViewStream::class);

$pages = ['home', 'about', 'contact'];
$page = $_GET['page'] ?? 'home';
if (!in_array($page, $pages, true)) {
    $page = 'home';
}
$title = 'Site';
include 'view://' . $page;
