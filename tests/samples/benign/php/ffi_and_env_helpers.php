<?php
// Benign: FFI for a C math routine, environment set for a sendmail wrapper's locale
if (extension_loaded('ffi')) {
    $libm = FFI::cdef('double cbrt(double x);', 'libm.so.6');
    echo $libm->cbrt(27.0), "\n";
}
putenv('LC_ALL=C.UTF-8');
putenv('TZ=UTC');
$sent = mail('ops@example.org', 'nightly report', "All jobs finished.\n", 'From: cron@example.org');
error_log('report mail ' . ($sent ? 'sent' : 'failed'));
