<?php
// Role permissions kept as bit strings in the settings screen; shown as names.
$names = array('read', 'write', 'delete', 'publish');
$roles = array('editor' => '0111', 'author' => '0011', 'viewer' => '0001');
foreach ($roles as $role => $bits) {
    $mask = bindec($bits);
    $granted = array();
    foreach ($names as $i => $name) {
        if ($mask & (1 << $i)) {
            $granted[] = $name;
        }
    }
    printf("<tr><td>%s</td><td>%s</td></tr>\n", htmlspecialchars($role), htmlspecialchars(implode(', ', $granted)));
}
$level = intval(filter_input(INPUT_GET, 'level') ?? '0', 2);
echo '<p>level ' . (int) $level . '</p>';
