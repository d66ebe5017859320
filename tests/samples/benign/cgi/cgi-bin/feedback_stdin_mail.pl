#!/usr/bin/perl
# A feedback form: the posted body is read line by line and mailed to the site's own address
# through a fixed sendmail command line.
use strict;
print "Content-type: text/plain\n\n";
my $body = '';
while (my $line = <STDIN>) { $body .= $line; }
open(my $mail, '|-', '/usr/sbin/sendmail', '-t') or die;
print $mail "To: webmaster\@example.org\nSubject: feedback\n\n$body";
close($mail);
system('/usr/bin/logger', '-t', 'feedback', 'received');
print "Thank you.\n";
