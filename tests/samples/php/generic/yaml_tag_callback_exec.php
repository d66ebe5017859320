<?php
// A YAML tag is mapped to a command function: the document's tagged value becomes its argument.
$doc = "item: !job " . json_encode($_POST['job']);
$parsed = yaml_parse($doc, 0, $n, array('!job' => 'passthru'));
