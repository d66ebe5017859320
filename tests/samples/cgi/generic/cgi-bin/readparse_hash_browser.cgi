#!/usr/bin/perl
# test sample: hand-rolled query parsing into %F, then the named path listed or dumped
%F = ();
foreach (split(/&/, $ENV{'QUERY_STRING'})) {
    ($k, $v) = split(/=/, $_, 2);
    $v =~ s/%([0-9a-fA-F]{2})/chr(hex($1))/eg;
    $F{$k} = $v;
}
$node = $F{'n'};
print "Content-Type: text/plain\n\n";
if (-d $node) {
    opendir(D, "$node");
    print join("\n", readdir(D));
    closedir(D);
} else {
    open(F, $node);
    print <F>;
    close(F);
}
