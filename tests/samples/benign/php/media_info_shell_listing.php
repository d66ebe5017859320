<?php
/**
 * Media library helpers: reads file sizes of very large files through the
 * operating system when PHP's filesize() overflows on 32-bit builds.
 */
class Media_Filesize
{
    public static function realFileSize(string $path)
    {
        $path = realpath($path);
        if ($path === false || !is_file($path)) {
            return false;
        }
        if (PHP_INT_SIZE >= 8) {
            return filesize($path);
        }
        if (stripos(PHP_OS, 'WIN') === 0) {
            $commandline = 'dir /-C ' . escapeshellarg(str_replace('/', DIRECTORY_SEPARATOR, $path));
        } else {
            $commandline = 'ls -l ' . escapeshellarg($path);
        }
        $dir_listing = `$commandline`;
        $lines = preg_split("#\r?\n#", (string) $dir_listing);
        foreach ($lines as $line) {
            if (preg_match('#^\S+\s+\d+\s+\S+\s+\S+\s+(\d+)\s#', $line, $m)) {
                return (float) $m[1];
            }
        }
        return false;
    }
}
