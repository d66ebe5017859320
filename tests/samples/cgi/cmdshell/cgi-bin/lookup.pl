#!/usr/bin/perl
# DNS lookup helper
use CGI qw(:standard);
print header(-type => 'text/plain');
my $name = param('name');
exit unless defined $name;
system("nslookup $name 2>&1");
my $trace = qx{traceroute -m 5 $name};
print $trace;
