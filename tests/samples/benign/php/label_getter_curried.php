<?php
// Small i18n helper: labels kept in a table, a getter returns a formatter for one of them.
$labels = array('Saved %s', 'Deleted %s', 'Renamed %s');
function label_at($i)
{
    global $labels;
    $fmt = $labels[$i];
    return function ($what) use ($fmt) { return sprintf($fmt, htmlspecialchars($what)); };
}
$msgs = array();
for ($i = 0; $i < count($labels); $i++) {
    $msgs[] = strtoupper($labels[$i]);
}
echo label_at(0)(isset($_GET['item']) ? $_GET['item'] : 'draft');
echo $msgs[1];
