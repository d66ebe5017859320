#!/usr/bin/perl -w
# Thumbnail front end: answers from the cache when a fresh image exists, otherwise hands the
# request (environment and all) to the real renderer, a fixed program under the install root.
use strict;
use CGI;

our $InstallRoot = "/usr/share/thumbs";
our $CacheDir    = "/var/cache/thumbs";
our $MaxAge      = 300;

my $q = CGI->new;
my $size = $q->param('size') || 'small';
$size = 'small' unless $size =~ /\A(small|medium|large)\z/;
my $image = "$CacheDir/$size.png";

my $mtime = (stat($image))[9];
if (!defined($mtime) || time() - $mtime > $MaxAge) {
    if ($^O eq 'MSWin32') {
        exec("perl $main::InstallRoot/render.cgi");
    } else {
        exec("$main::InstallRoot/render.cgi");
    }
}

open(my $png, '<', $image) or die "cannot read $image: $!";
binmode($png);
binmode(STDOUT);
print $q->header(-type => 'image/png');
print while <$png>;
close($png);
