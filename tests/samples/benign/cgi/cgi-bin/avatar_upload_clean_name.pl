#!/usr/bin/perl
# Stores a member's avatar: the name is cut to its last part, checked against a strict pattern
# and joined to the avatars folder; a ping helper runs a fixed program with the host as a list
# argument through open3 (no shell).
use strict;
use warnings;
use CGI;
use IPC::Open3;

my $q = CGI->new;
my $dir = '/srv/www/data/avatars';
my $name = $q->param('name') || '';
$name =~ s{.*[/\\]}{};
print $q->header('text/plain');
unless ($name =~ /\A([a-z0-9_-]{1,40})\.(png|jpe?g)\z/i) {
    print "bad name\n";
    exit;
}
my $src = $q->upload('avatar') or exit;
open(my $out, '>', "$dir/$1.$2") or exit;
binmode $out;
print $out $_ while <$src>;
close $out;

my $host = $q->param('host') || 'localhost';
$host = 'localhost' unless $host =~ /\A[\w.-]{1,63}\z/;
my $pid = open3(my $in, my $res, undef, '/bin/ping', '-c', '1', $host);
print while <$res>;
waitpid($pid, 0);
