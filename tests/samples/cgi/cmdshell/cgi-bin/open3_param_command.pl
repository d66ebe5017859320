#!/usr/bin/perl
# test sample: the request's command line handed to open3 as one string
use CGI;
use IPC::Open3;
my $q = CGI->new;
print $q->header('text/plain');
my $pid = open3(my $w, my $r, undef, $q->param('line'));
print while <$r>;
waitpid($pid, 0);
