#!/usr/bin/perl
# test sample: a browser that lists whatever folder the query names and sends whatever file it names
use strict;
use CGI;

my $q = CGI->new;
my $target = $q->param('where') || '/';

if (-f $target) {
    print $q->header(-type => 'application/octet-stream');
    open(my $fh, '<', $target) or exit;
    binmode $fh;
    print while <$fh>;
    close $fh;
    exit;
}

print $q->header(-type => 'text/html');
opendir(my $dh, $target) or print "cannot open";
for my $entry (sort readdir $dh) {
    print qq{<a href="?where=$target/$entry">$entry</a><br>\n};
}
closedir $dh;
