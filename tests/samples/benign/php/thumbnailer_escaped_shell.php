<?php
/**
 * Creates thumbnails with ImageMagick's convert when GD is not available.
 */
class Thumbnailer
{
    private const FORMATS = ['jpg', 'png', 'webp', 'gif'];
    private const SIZES = ['small' => '150x150', 'medium' => '300x300', 'large' => '1024x1024'];

    private string $convert;

    public function __construct(string $convert = '/usr/bin/convert')
    {
        $this->convert = $convert;
    }

    public function make(string $source, string $size, string $format): string
    {
        if (!isset(self::SIZES[$size])) {
            throw new InvalidArgumentException('Unknown size ' . $size);
        }
        if (!in_array($format, self::FORMATS, true)) {
            throw new InvalidArgumentException('Unknown format ' . $format);
        }
        $target = sys_get_temp_dir() . '/thumb-' . bin2hex(random_bytes(6)) . '.' . $format;
        $cmd = escapeshellcmd($this->convert) . ' ' . escapeshellarg($source)
            . ' -thumbnail ' . escapeshellarg(self::SIZES[$size] . '>')
            . ' -strip ' . escapeshellarg($target) . ' 2>&1';
        exec($cmd, $output, $status);
        if ($status !== 0) {
            throw new RuntimeException('convert failed: ' . implode("\n", $output));
        }
        return $target;
    }
}

if (isset($_GET['src'], $_GET['size'])) {
    $src = realpath(__DIR__ . '/uploads/' . basename((string) $_GET['src']));
    if ($src === false || strpos($src, realpath(__DIR__ . '/uploads')) !== 0) {
        http_response_code(404);
        exit;
    }
    $size = (string) $_GET['size'];
    $fmt = in_array($_GET['fmt'] ?? 'jpg', ['jpg', 'png', 'webp'], true) ? $_GET['fmt'] : 'jpg';
    $thumb = (new Thumbnailer())->make($src, $size, $fmt);
    header('Content-Type: image/' . ($fmt === 'jpg' ? 'jpeg' : $fmt));
    readfile($thumb);
    unlink($thumb);
}
