package Tmpl::PageCompiler;

# Compiles pages written with <% perl %> blocks and <%= expr %> output into a sub per page, the way
# an Active Server Pages engine for mod_perl does, and keeps the subs in memory.

use strict;
use warnings;

our $VERSION = '0.31';

sub new {
    my ($class, %args) = @_;
    return bless { cache => {}, strict => $args{strict} ? 1 : 0, %args }, $class;
}

# page text -> Perl source of a sub printing the page
sub translate {
    my ($self, $text) = @_;
    my @out;
    for my $part (split /(<%=?.*?%>)/s, $text) {
        if ($part =~ /\A<%=(.*)%>\z/s) {
            push @out, "print($1);";
        } elsif ($part =~ /\A<%(.*)%>\z/s) {
            push @out, $1;
        } else {
            $part =~ s/([\\'])/\\$1/g;
            push @out, "print('$part');";
        }
    }
    return join "\n", @out;
}

sub compile {
    my ($self, $path, $text) = @_;
    my $package = 'Tmpl::Page::' . ($path =~ s/\W/_/gr);
    my $code = join ' ;; ', "package $package;", 'sub {', 'my ($Request, $Response) = @_;',
        $self->translate($text), '}';
    ($code) = $code =~ /\A(.*)\z/s;    # untaint: the page is a file of the site
    my $sub;
    if ($self->{strict}) {
        local $SIG{__WARN__} = sub { die 'strict: ', @_ };
        $sub = eval $code;
    } else {
        $sub = eval $code;
    }
    die "cannot compile $path: $@" if $@;
    return $self->{cache}{$path} = $sub;
}

sub run {
    my ($self, $path, $request) = @_;
    my $sub = $self->{cache}{$path} || $self->compile($path, _slurp($path));
    my %form = map { $_ => scalar $request->param($_) } $request->param;
    return $sub->(\%form, $request);
}

sub _slurp {
    my ($path) = @_;
    open my $fh, '<', $path or die "$path: $!";
    local $/;
    return scalar <$fh>;
}

1;

__END__

=pod

=encoding UTF-8

=head1 NAME

Tmpl::PageCompiler - run pages with embedded Perl

=head1 CGI.pm

Pages may still read the query the old way; create the object like so:

	use CGI;
	my $query = new CGI;

and the form input read by the engine stays available to it.

=cut
