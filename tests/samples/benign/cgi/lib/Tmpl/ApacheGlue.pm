package Tmpl::ApacheGlue;

# Serves Tmpl components (<% $title %>, <%init> ... </%init>) from a mod_perl handler.

use strict;
use warnings;

our %OPTIONS = (
    args_method => {
        descr   => "Whether to use CGI.pm or the server's own request object for the query arguments",
        default => 'server',
    },
    preamble_code => {
        descr => "Perl code (a sub) run before each component; set with PerlSetVar TmplPreamble",
    },
);

sub new {
    my ($class, %args) = @_;
    my $self = bless { %args }, $class;
    $self->{preamble} = $self->_code_option('TmplPreamble');
    return $self;
}

sub _option {
    my ($self, $name) = @_;
    my $r = $self->{request} or return;
    return $r->dir_config->get($name);
}

# A configuration value holding Perl code: the administrator's, read from the server configuration
sub _code_option {
    my ($self, $name) = @_;
    my $val = $self->_option($name);
    return unless defined $val and length $val;
    my $sub = eval $val;
    die "TmplPreamble is not valid Perl: $@" if $@;
    return $sub;
}

sub request_args {
    my ($self, $r) = @_;
    my %args;
    if (($self->_option('TmplArgsMethod') || 'server') eq 'cgi') {
        require CGI;
        my $q = CGI->new;
        %args = map { $_ => scalar $q->param($_) } $q->param;
    } else {
        %args = $r->args;
    }
    return \%args;
}

1;
