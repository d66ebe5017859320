#!/usr/bin/perl
# Search page of a ticket tracker: shows the index state and, for a signed-in admin, asks the
# indexer (a fixed program under the install root) to refresh it. The program gets its options
# as a list: no shell reads them.
use strict;
use warnings;
use CGI;
use FindBin qw($Bin);

my $q = CGI->new;
my $queue = $q->param('queue') // '';
$queue = '' unless $queue =~ /\A[a-z0-9_-]{1,32}\z/;

print $q->header(-type => 'text/plain', -charset => 'utf-8');
if ($q->param('refresh') && ($ENV{REMOTE_USER} // '') eq 'admin') {
    my $rc = system("$Bin/../sbin/tracker-indexer", "--quiet", "--limit", 500, ($queue ? ("--queue", $queue) : ()));
    print $rc == 0 ? "index refreshed\n" : "indexer failed\n";
}
print "queue: ", ($queue || 'all'), "\n";
