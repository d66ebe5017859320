<?php
/**
 * Feed preview: parses an RSS document posted by the editor and lists its item titles.
 *
 * @package Editor
 */
class FeedPreview
{
    private $titles = array();
    private $inTitle = false;

    public function open($parser, $tag, $attrs)
    {
        $this->inTitle = ($tag === 'TITLE');
    }

    public function text($parser, $chunk)
    {
        if ($this->inTitle) {
            $this->titles[] = trim($chunk);
        }
    }

    public function close($parser, $tag)
    {
        $this->inTitle = false;
    }

    public function parse($xml)
    {
        $parser = xml_parser_create('UTF-8');
        xml_set_object($parser, $this);
        xml_set_element_handler($parser, 'open', 'close');
        xml_set_character_data_handler($parser, 'text');
        if (!xml_parse($parser, $xml, true)) {
            error_log('feed preview: ' . xml_error_string(xml_get_error_code($parser)));
        }
        xml_parser_free($parser);
        return $this->titles;
    }
}

$preview = new FeedPreview();
$titles = $preview->parse(file_get_contents('php://input'));
header('Content-Type: text/html; charset=UTF-8');
echo '<ul>';
foreach ($titles as $title) {
    echo '<li>' . htmlspecialchars($title, ENT_QUOTES, 'UTF-8') . '</li>';
}
echo '</ul>';
file_put_contents(__DIR__ . '/cache/preview-count.txt', (string) count($titles));
