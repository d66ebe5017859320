<?php
// Resumable uploads for the gallery's bulk importer: the browser sends each file in chunks as
// PUT requests with a Content-Range header. Only images are accepted; the name the browser sent
// loses its directories and surrounding dots, and later chunks are appended to the part written.

class ChunkReceiver
{
    private $options;

    public function __construct(array $options = array())
    {
        $this->options = array_merge(array(
            'target_dir' => __DIR__ . '/incoming/',
            'accept_file_types' => '/\.(gif|jpe?g|png|webp)$/i',
            'max_file_size' => 50 * 1024 * 1024,
        ), $options);
    }

    private function clean_name($name)
    {
        return trim(basename(stripslashes($name)), ".\x00..\x20");
    }

    private function rejected($name, $size)
    {
        if (!preg_match($this->options['accept_file_types'], $name)) {
            return 'type not accepted';
        }
        if ($size > $this->options['max_file_size']) {
            return 'too large';
        }
        return null;
    }

    public function receive()
    {
        $name = $this->clean_name(isset($_SERVER['HTTP_X_FILE_NAME']) ? $_SERVER['HTTP_X_FILE_NAME'] : '');
        $size = isset($_SERVER['HTTP_X_FILE_SIZE']) ? (int) $_SERVER['HTTP_X_FILE_SIZE'] : 0;
        $error = $name === '' ? 'no name' : $this->rejected($name, $size);
        if ($error !== null) {
            header('HTTP/1.1 415 Unsupported Media Type');
            return array('error' => $error);
        }

        $target = $this->options['target_dir'] . $name;
        $append = isset($_SERVER['HTTP_CONTENT_RANGE']) && is_file($target);
        file_put_contents(
            $target,
            fopen('php://input', 'r'),
            $append ? FILE_APPEND : 0
        );
        clearstatcache();
        return array('name' => $name, 'received' => filesize($target));
    }
}

if ($_SERVER['REQUEST_METHOD'] === 'PUT') {
    $receiver = new ChunkReceiver();
    header('Content-Type: application/json');
    echo json_encode($receiver->receive());
}
