#!/usr/bin/perl
# benign look-alike: an interactive set-up script kept beside a site; it asks on the terminal
# where the site lives and runs fixed commands with the answer (run by hand, never as a CGI)
use strict;
use warnings;

print "Directory of the site [/var/www/site]: ";
my $dir = <STDIN>;
chomp $dir;
$dir ||= '/var/www/site';
system("mkdir -p $dir/logs");
system("chown -R www-data $dir/logs");
print "Done: logs in $dir/logs\n";
