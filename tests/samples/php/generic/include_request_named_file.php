<?php
$page = isset($_GET['page']) ? $_GET['page'] : 'home';
@require_once($page);
