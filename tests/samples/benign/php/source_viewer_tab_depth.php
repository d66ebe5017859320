<?php
// Shows this file's own source with its indentation depth, for the coding-style guide.
$lines = file(__FILE__);
echo "<table class=\"listing\">\n";
foreach ($lines as $no => $line) {
	$depth = strspn($line, "\t");
	$tabs = substr_count($line, "\t");
	$shown = htmlspecialchars(str_replace("\t", '    ', rtrim($line)), ENT_QUOTES, 'UTF-8');
	printf("<tr><td>%d</td><td>%d/%d</td><td><pre>%s</pre></td></tr>\n", $no + 1, $depth, $tabs, $shown);
}
echo "</table>\n";
$clean = array_map('rtrim', $lines);
echo count($clean) . " lines\n";
