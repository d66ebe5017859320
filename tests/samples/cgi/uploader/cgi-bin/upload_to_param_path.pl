#!/usr/bin/perl
# test sample: stores the posted file under whatever path the form names
use strict;
use CGI;

my $q = CGI->new;
print $q->header('text/plain');
my $src = $q->upload('blob') or exit;
my $where = $q->param('where');
open(my $out, '>', $where) or die "cannot write";
binmode $out;
while (my $n = read($src, my $buf, 8192)) {
    print $out $buf;
}
close $out;
print "stored\n";
