#!/usr/bin/perl
# a plug-in dispatcher: modules loaded by a string eval from a fixed list, methods called on an
# escaped object
use strict;
use CGI;
my $q = CGI->new;
my %plugins = (stats => 'Site::Stats', feed => 'Site::Feed');
my $name = $q->param('plugin') || 'stats';
my $class = $plugins{$name} or die "unknown plugin";
eval "require $class" or die $@;
my $obj = $class->new;
my $method = 'render';
my $html = eval "\$obj->$method()";
eval "use POSIX qw(strftime); 1";
print $q->header, $html;
