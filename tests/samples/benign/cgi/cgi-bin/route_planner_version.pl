#!/usr/bin/perl
# Route planner front end: shows the planner's version and hands it the form's numbers on stdin.
use strict;
use warnings;
use CGI::Simple;
use IPC::Open2;

my $planner = '/usr/games/routeplanner';
my $max_legs = 50;

# the planner's version line, read through a list-form pipe (no shell involved)
sub planner_version {
    open my $ver, "-|", $planner, "--version";
    my $line = <$ver>;
    close $ver;
    chomp $line if defined $line;
    return $? ? 'unknown' : $line;
}

my $q = CGI::Simple->new;
my %form = $q->Vars;
my @task;
for my $key (sort keys %form) {
    next unless $key =~ /\A(?:leg|speed|fuel)\d{0,2}\z/;
    my $n = abs int($form{$key} // 0);
    $n = $max_legs if $key =~ /^leg/ && $n > $max_legs;
    push @task, "$key=$n";
}

my ($out, $in);
my $pid = open2($out, $in, $planner, '--batch');
print {$in} join("\n", @task), "\n";
close $in;
my @result = <$out>;
waitpid $pid, 0;

print $q->header(-type => 'text/plain', -charset => 'utf-8');
print 'Planner ', planner_version(), "\n\n", @result;
