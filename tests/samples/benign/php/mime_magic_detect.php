<?php
/**
 * Guesses a MIME type from the first bytes of an attachment.
 *
 * @package Mail
 */
class Mime_Magic
{
    /** @var array<string, callable> */
    private static $hooks = [];

    public static function addHook(string $name, callable $cb): void
    {
        self::$hooks[$name] = $cb;
    }

    public static function detect(string $data, string $filename = ''): string
    {
        if      (preg_match('/^\x89\x50\x4E\x47/', $data)) $type = 'png';
        else if (preg_match('/^\x47\x49\x46\x38/', $data)) $type = 'gif';
        else if (preg_match('/^\x00\x00\x01\x00/', $data)) $type = 'ico';
        else if (preg_match('/^\xFF\xD8\xFF/', $data))     $type = 'jpeg';
        else if (preg_match('/^\x25\x50\x44\x46/', $data)) $type = 'pdf';
        else $type = 'octet-stream';

        foreach (self::$hooks as $cb) {
            $override = $cb($data, $filename, $type);
            if (is_string($override) && $override !== '') {
                $type = $override;
            }
        }

        return $type === 'octet-stream' || $type === 'pdf' ? 'application/' . $type : 'image/' . $type;
    }
}

if (isset($_GET['preview'])) {
    $part = Mail_Store::part((int) $_GET['uid'], (string) $_GET['part']);
    header('Content-Type: ' . Mime_Magic::detect($part->body, $part->filename));
    echo $part->body;
}
