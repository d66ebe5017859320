#!/usr/bin/perl -wT
# Contact form mailer: the recipient is fixed, the visitor's fields are checked and go in the body.
use strict;
use CGI qw(:standard);
use CGI::Carp qw(fatalsToBrowser);

$ENV{PATH} = '/usr/bin:/bin';
my $SENDMAIL  = '/usr/sbin/sendmail';
my $RECIPIENT = 'webmaster@example.invalid';
my $THANKS    = '/thanks.html';

my $q = CGI->new;
my $name    = $q->param('name')    // '';
my $email   = $q->param('email')   // '';
my $subject = $q->param('subject') // 'Website enquiry';
my $message = $q->param('message') // '';

for ($name, $subject) { s/[\r\n]+/ /g; }
unless ($email =~ /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/) {
    print $q->header('text/plain'), "Please give a valid e-mail address.\n";
    exit;
}
if (length($message) > 5000 || $message eq '') {
    print $q->header('text/plain'), "Please write a message (at most 5000 characters).\n";
    exit;
}

open(my $mail, '|-', $SENDMAIL, '-t', '-oi') or die "cannot run sendmail: $!";
print $mail "To: $RECIPIENT\n";
print $mail "From: $RECIPIENT\n";
print $mail "Reply-To: $email\n";
print $mail "Subject: [contact] $subject\n\n";
print $mail "From: $name <$email>\n";
print $mail "Address: $ENV{REMOTE_ADDR}\n\n";
print $mail $message, "\n";
close($mail) or die "sendmail failed: $?";

print $q->redirect($THANKS);
