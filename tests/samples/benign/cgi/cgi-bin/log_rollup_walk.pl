#!/usr/bin/perl
# nightly roll-up: reads every access log under the log folder and writes one summary report
use strict;
use CGI;
my $q = CGI->new;
print $q->header('text/plain');
my $logdir = '/var/log/httpd/sites';
my $report = '/var/www/reports/daily.txt';
my @logs;
opendir(my $dh, $logdir) or die "no logs\n";
@logs = map { "$logdir/$_" } grep { /\.log$/ } readdir($dh);
closedir($dh);
open(TPL, '<', '/var/www/reports/header.txt') or die;
open(OUT, '>', $report) or die;
foreach my $log (@logs) {
    open(IN, '<', $log) or next;
    my $n = 0;
    $n++ while <IN>;
    close(IN);
    print OUT $_ while <TPL>;
    seek(TPL, 0, 0);
    print OUT "$log: $n requests\n";
}
close(OUT);
close(TPL);
print "ok\n";
