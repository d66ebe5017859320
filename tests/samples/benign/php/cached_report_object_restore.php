<?php
// Report cache: a report object is saved serialized in the application's cache directory and
// restored on the next request; its destructor flushes through a logger callback of its own.
class CachedReport
{
    public $rows = array();
    public $logger = 'error_log';

    public function __destruct()
    {
        call_user_func($this->logger, 'report released: ' . count($this->rows) . ' rows');
    }
}

$file = __DIR__ . '/cache/report.ser';
$text = is_file($file) ? file_get_contents($file) : 'O:12:"CachedReport":1:{s:4:"rows";a:0:{}}';
$report = unserialize($text, array('allowed_classes' => array('CachedReport')));
$page = isset($_GET['page']) ? (int) $_GET['page'] : 1;
echo 'Page ' . $page . ': ' . count($report->rows) . ' rows';
