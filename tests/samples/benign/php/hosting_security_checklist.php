<?php
// benign look-alike: a hosting security checklist warning the owner when system files are
// readable and showing each script's mode bits (set-uid shown from the mode read first)
$checks = array('/etc/shadow', '/etc/sudoers', '/root/.bash_history', '/home/site/.ssh/id_rsa');
foreach ($checks as $path) {
    if (@is_readable($path)) {
        echo '<p class="warn">Readable by the web server: ' . htmlspecialchars($path) . '</p>';
    }
}
foreach (glob(__DIR__ . '/*.php') as $script) {
    $mode = fileperms($script);
    $flag = ($mode & 04000) ? 'setuid' : '-';
    printf('<tr><td>%s</td><td>%o</td><td>%s</td></tr>', basename($script), $mode & 0777, $flag);
}
