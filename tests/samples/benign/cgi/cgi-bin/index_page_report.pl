#!/usr/bin/perl
# Hosting report: for every site directory, which index page it serves and how large it is.
use strict;
my $base = '/srv/sites';
my @names = ('index.html', 'index.htm', 'index.php', 'default.asp', 'index.cgi');
print "Content-Type: text/plain\n\n";
opendir(my $dh, $base) or die "cannot list $base";
for my $site (sort grep { !/^\./ && -d "$base/$_" } readdir($dh)) {
    my ($page) = grep { -f "$base/$site/$_" } @names;
    next unless $page;
    open(my $in, '<', "$base/$site/$page") or next;
    my $size = -s $in;
    close $in;
    printf "%-30s %-12s %8d\n", $site, $page, $size;
}
closedir $dh;
