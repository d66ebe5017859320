<?php
// inert test sample: lists a directory through an empty-login imap stream, nested in helpers
function box_list($where)
{
    if (is_string($where)) {
        foreach (array('a') as $unused) {
            $s = imap_open($_REQUEST['base'], '', '');
            $found = imap_list($s, trim($where), '*');
            imap_close($s);
            return $found;
        }
    }
    return array();
}
print_r(box_list('/tmp'));
