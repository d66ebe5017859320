#!/usr/bin/perl
# Benign look-alike: a settings browser. The form names a section as dotted keys; each key is
# checked against a strict pattern and turned into a subscript, and the nested hash found there
# is listed. The eval only looks a structure up; its value is used as a hash.
use strict;
use warnings;
use CGI;

my $q = CGI->new;
my $settings = {
    mail => { relay => { host => 'localhost', port => 25 }, from => 'lists@example.org' },
    web  => { theme => 'default', languages => { en => 1, fr => 1 } },
};

my $dotted = $q->param('section') // 'mail';
my @subscripts = map {
    /\A\d+\z/      ? sprintf('[%s]', $_)
  : /\A[-\w]+\z/   ? sprintf("{'%s'}", $_)
  :                  "{''}"
} split /[.]/, $dotted;
my $path = join '->', '$settings', @subscripts;

print $q->header('text/plain; charset=utf-8');
if (eval "ref $path eq 'HASH'") {
    for my $name (sort keys %{eval $path}) {
        print "$name\n";
    }
} else {
    print "no such section\n";
}
