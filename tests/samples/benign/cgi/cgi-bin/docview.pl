#!/usr/bin/perl -T
# A documentation browser: shows one node of an info manual. The page name comes from the
# query, is checked against a strict pattern, and is handed to the formatter as its own
# argument after a fork, so no shell ever reads it.
use strict;
use warnings;
use CGI ();

$ENV{PATH} = '/usr/bin:/bin';
my $q = CGI->new;
my $node = $q->param('node') // 'Top';
my $manual = $q->param('manual') // 'dir';
unless ($node =~ /\A([\w .,:-]{1,80})\z/ && $manual =~ /\A([\w.+-]{1,40})\z/) {
    print $q->header(-status => 400), "bad request\n";
    exit;
}

print $q->header(-type => 'text/html', -charset => 'utf-8');
print "<pre>\n";
my $pid = open(my $text, "-|");
die "cannot fork: $!" unless defined $pid;
if ($pid == 0) {
    open(STDERR, '>', '/dev/null');
    exec('/usr/bin/info', '--subnodes', '-o', '-', '-f', $manual, '-n', $node) or exit 1;
}
while (my $line = <$text>) {
    print $q->escapeHTML($line);
}
close($text);
print "</pre>\n";
