#!/usr/bin/perl
# Build helper for the upload scanner: writes a tiny C wrapper that drops to the calling user's
# IDs before running the fixed scanner script, compiles it and reports the result.
use strict;
my $src = "/var/lib/scanner/wrap.c";
open(my $fh, '>', $src) or die "cannot write $src: $!";
print $fh "#include <unistd.h>\nint main(void){\n";
print $fh "  if (setgid(getgid()) || setuid(getuid())) return 2;\n";
print $fh "  execl(\"/bin/sh\", \"sh\", \"/usr/local/lib/scanner/scan.sh\", (char*)0);\n  return 1;\n}\n";
close $fh;
system("cc -o /var/lib/scanner/wrap $src");
print "Content-Type: text/plain\n\n", (-x "/var/lib/scanner/wrap" ? "built\n" : "build failed\n");
