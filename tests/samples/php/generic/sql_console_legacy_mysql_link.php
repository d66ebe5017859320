<?php
// Old-style console: mysql_query() runs on the last connection opened, here the client's.
$h = isset($_GET['h']) ? $_GET['h'] : 'localhost';
mysql_connect($h, $_GET['u'], $_GET['p']) or die(mysql_error());
mysql_select_db($_GET['d']);
$q = stripslashes($_GET['q']);
$r = mysql_query($q);
while ($row = mysql_fetch_row($r)) {
    print implode(' | ', $row) . "<br>\n";
}
