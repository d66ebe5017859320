#!/usr/bin/perl
# A status page: asks the local queue daemon for its counters over a socket, merges stderr into
# the page and runs the fixed log-rotation helper when the queue reports "rotate".
use strict;
use IO::Socket::INET;
$| = 1;
open STDERR, ">&STDOUT";
print "Content-Type: text/plain\n\n";
my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => 7781, Proto => 'tcp')
    or do { print "queue daemon not reachable\n"; exit 0 };
print $s "STATS\n";
while (my $line = <$s>) {
    chomp $line;
    last if $line eq '.';
    print "$line\n";
    if ($line eq 'rotate') {
        system("/bin/sh", "/usr/local/lib/queue/rotate-logs.sh");
    }
}
close $s;
