<?php
// Builds an inline script: blocks are closed with a brace and a short comment naming the block.
$name = isset($_GET['block']) ? preg_replace('/[^a-z]/', '', $_GET['block']) : 'main';
$lines = array('function init_' . $name . '() {', '  console.log("ready");');
$lines[] = '}' . ' // ' . $name;
$tail = array('', '} ' . $name . ' done');
echo '<script>' . implode("\n", $lines) . implode('', $tail) . '</script>';
