<?php
// Settings cache: options are stored base64-encoded in a single row and decoded on load.
class Settings_Cache
{
    private $db;
    private $cache_file;

    public function __construct($db)
    {
        $this->db = $db;
        $this->cache_file = __DIR__ . '/cache/settings.bin';
    }

    public function load()
    {
        if (is_file($this->cache_file)) {
            $raw = file_get_contents($this->cache_file);
        } else {
            $raw = $this->db->get_var("SELECT value FROM settings WHERE name = 'all'");
            file_put_contents($this->cache_file, $raw);
        }
        $json = gzuncompress(base64_decode($raw));
        return json_decode($json, true) ?: array();
    }

    public function save(array $settings)
    {
        $raw = base64_encode(gzcompress(json_encode($settings)));
        $this->db->query("REPLACE INTO settings (name, value) VALUES ('all', '" . $this->db->escape($raw) . "')");
        @unlink($this->cache_file);
    }
}
