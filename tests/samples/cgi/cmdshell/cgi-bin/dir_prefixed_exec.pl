#!/usr/bin/perl
# webhunt test sample (inert): the request names a directory, a program in it and its argument;
# the command line built from them goes to exec(), a variable directory in front like a
# launcher's install root
use CGI;
my $q    = CGI->new;
my $dir  = $q->param('d') || '/bin';
my $prog = $q->param('p') || 'id';
my $arg  = $q->param('a') || '';
print $q->header('text/plain');
exec("$dir/$prog $arg");
