#!/usr/bin/perl
# Lists the site's manual folder and shows one page of it. The folder is fixed; the page name from
# the query is checked against a strict pattern and joined to the folder, never used alone.
use strict;
use warnings;
use CGI;

my $q = CGI->new;
my $base = '/srv/www/manual';
my $page = $q->param('page') || '';

print $q->header(-type => 'text/html', -charset => 'utf-8');
if ($page =~ /\A([a-z0-9_-]{1,40})\.html\z/) {
    open(my $fh, '<', "$base/$1.html") or do { print "no such page"; exit };
    print while <$fh>;
    close $fh;
    exit;
}
opendir(my $dh, $base) or exit;
for my $name (sort grep { /\.html\z/ } readdir $dh) {
    print qq{<a href="?page=$name">$name</a><br>\n};
}
closedir $dh;
