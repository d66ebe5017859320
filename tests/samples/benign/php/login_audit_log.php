<?php
// Login audit trail (lib/audit.php): the login controller calls audit_login() after checking the
// password; the line records who tried, from where and with which browser, never the secret.
function audit_login($ok) {
    $user = isset($_POST['user']) ? $_POST['user'] : '';
    $line = sprintf(
        "[%s] ip=%s user=%s result=%s agent=%s\n",
        date('c'),
        $_SERVER['REMOTE_ADDR'],
        str_replace(array("\r", "\n"), '', $user),
        $ok ? 'ok' : 'failed',
        substr($_SERVER['HTTP_USER_AGENT'], 0, 200)
    );
    file_put_contents(__DIR__ . '/../var/log/login.log', $line, FILE_APPEND | LOCK_EX);
}
