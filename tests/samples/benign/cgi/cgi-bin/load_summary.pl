#!/usr/bin/perl
# Server load for the status board: a fixed pipeline in a subshell; the query string only picks
# the output format.
use strict;
use warnings;
my $fmt = ($ENV{QUERY_STRING} || '') =~ /\bformat=json\b/ ? 'json' : 'text';
print $fmt eq 'json' ? "Content-Type: application/json\r\n\r\n" : "Content-Type: text/plain\r\n\r\n";
open(my $up, "(uptime; who | wc -l) 2>&1 |") or die "cannot read load: $!";
my @lines = <$up>;
close($up);
chomp @lines;
if ($fmt eq 'json') {
    printf "{\"uptime\":\"%s\",\"users\":%d}\n", $lines[0], $lines[1] || 0;
} else {
    print join("\n", @lines), "\n";
}
