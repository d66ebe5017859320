package Webapp::Dispatch;

# A small action dispatcher for a Plack/CGI web application: maps a request path to a handler
# sub (the query values arrive in C<%params>), runs it inside an eval so that errors become a
# 500 page, and tells forwarded calls apart from top-level ones by walking up the call stack.

use strict;
use warnings;

our $VERSION = '0.31';

sub new {
    my ( $class, %args ) = @_;
    my $self = bless { routes => {}, stack => [], counter => {} }, $class;
    $self->{routes}{$_} = $args{routes}{$_} for keys %{ $args{routes} || {} };
    return $self;
}

=head2 $app->dispatch( $env )

Execute the handler for a request: looks up the handler for C<< $request->path >> and runs it. Handlers get the application and
the request; their return value becomes the response body. Query values are in
C<< $request->params >>.

=cut

sub dispatch {
    my ( $self, $env ) = @_;
    my $request = $self->request($env);
    my $path    = $request->path;
    my $handler = $self->{routes}{$path} or return [ 404, [], ['not found'] ];

    my $name = "/$path";
    $self->{counter}{$name}++;

    # a forwarded call: look for our own forward() further up, stop at the eval below
    my $forwarded = q{};
    for my $level ( 1 .. 10 ) {
        my @frame = caller($level) or last;
        last if $frame[0] eq __PACKAGE__ && $frame[3] eq '(eval)';
        if ( $frame[3] =~ /::forward$/ ) {
            $forwarded = $frame[3];
            last;
        }
    }
    push @{ $self->{stack} }, [ $name, $forwarded ];

    my $body = eval { $handler->( $self, $request ) };
    my $error = $@;
    pop @{ $self->{stack} };
    return [ 500, [], ["error in $name"] ] if $error;
    return [ 200, [ 'Content-Type' => 'text/html' ], [$body] ];
}

sub request {
    my ( $self, $env ) = @_;
    return Webapp::Request->new($env);
}

sub forward {
    my ( $self, $path, $request ) = @_;
    my $handler = $self->{routes}{$path} or return;
    return $handler->( $self, $request );
}

1;

__END__

=head1 NAME

Webapp::Dispatch - map request paths to handler subs

=head1 SYNOPSIS

    my $app = Webapp::Dispatch->new( routes => { hello => sub { 'Hello' } } );
    my $res = $app->dispatch($request);

=head1 AUTHORS

Ann Example E<lt>ann@example.orgE<gt>

cfisher: Carl Fisher <cfisher@example.org>

rmk: Rosa Marquez <rosa@example.net>

=cut
