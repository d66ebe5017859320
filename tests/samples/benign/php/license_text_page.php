<?php
header('Content-Type: text/plain; charset=utf-8');
include __DIR__ . '/LICENSE.txt';
