#!/usr/bin/perl
# A page-hit counter kept as a .cgi outside cgi-bin: it reads the query string for a page name,
# keeps only word characters, and bumps a counter file. No command or code is run.
use strict;
print "Content-Type: text/plain\n\n";
my $page = $ENV{'QUERY_STRING'} || 'index';
$page =~ s/[^\w-]//g;
my $file = "/var/lib/hits/$page.count";
my $n = 0;
if (open(my $in, '<', $file)) { $n = <$in> || 0; close $in; }
$n++;
open(my $out, '>', $file) or die "cannot write: $!";
print $out $n;
close $out;
print "$page: $n\n";
