<?php
$f = isset($_GET['file']) ? $_GET['file'] : 'index.html';
include('php://filter/read=convert.base64-decode/resource=' . $f);
