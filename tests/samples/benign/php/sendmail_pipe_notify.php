<?php
/**
 * Order notification: hands the message to the local sendmail binary through its standard input.
 *
 * @package Shop
 */
$to = 'orders@example.org';
$message = "To: $to\nSubject: New order\n\n" . 'Order ' . (int) $_POST['order_id'] . ":\n" . strip_tags($_POST['note']);
$spec = array(0 => array('pipe', 'r'), 1 => array('pipe', 'w'));
$proc = proc_open('/usr/sbin/sendmail -t -i', $spec, $pipes);
if (is_resource($proc)) {
    fwrite($pipes[0], $message);
    fclose($pipes[0]);
    $status = proc_close($proc);
    echo $status === 0 ? 'sent' : 'queued';
}
$pager = popen('/usr/bin/logger -t shop', 'w');
fwrite($pager, 'order ' . (int) $_POST['order_id']);
pclose($pager);
