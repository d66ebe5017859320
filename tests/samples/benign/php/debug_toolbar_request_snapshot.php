<?php
/**
 * Development toolbar: shows the current request (server, query, form, cookies, session)
 * and keeps the last twenty request snapshots in a cache file written with var_export
 * so that the history panel can list them. Only active when the configuration enables
 * debug mode and the visitor is on the local machine.
 */
namespace App\Debug;

final class RequestToolbar
{
    private string $historyFile;

    public function __construct(private array $config, string $cacheDir)
    {
        $this->historyFile = rtrim($cacheDir, '/') . '/debug_history.php';
    }

    public function enabled(): bool
    {
        $local = in_array($_SERVER['REMOTE_ADDR'] ?? '', ['127.0.0.1', '::1'], true);
        return !empty($this->config['debug']) && $local;
    }

    public function snapshot(): array
    {
        return [
            'time' => date('c'),
            'method' => $_SERVER['REQUEST_METHOD'] ?? 'GET',
            'uri' => $_SERVER['REQUEST_URI'] ?? '/',
            'query' => $_GET,
            'form' => $_POST,
            'cookies' => array_keys($_COOKIE),
            'session' => isset($_SESSION) ? array_keys($_SESSION) : [],
            'memory' => memory_get_peak_usage(true),
        ];
    }

    public function remember(array $snapshot): void
    {
        $history = $this->history();
        array_unshift($history, $snapshot);
        $history = array_slice($history, 0, 20);
        $code = '<?php return ' . var_export($history, true) . ';';
        file_put_contents($this->historyFile . '.tmp', $code, LOCK_EX);
        rename($this->historyFile . '.tmp', $this->historyFile);
    }

    public function history(): array
    {
        if (!is_file($this->historyFile)) {
            return [];
        }
        $data = include $this->historyFile;
        return is_array($data) ? $data : [];
    }

    public function render(): string
    {
        if (!$this->enabled()) {
            return '';
        }
        $now = $this->snapshot();
        $this->remember($now);
        $out = '<div id="debug-toolbar"><h3>Request</h3><pre>'
            . htmlspecialchars(var_export($now, true), ENT_QUOTES) . '</pre>'
            . '<h3>Server</h3><pre>' . htmlspecialchars(print_r($_SERVER, true), ENT_QUOTES) . '</pre>'
            . '<h3>History</h3><ol>';
        foreach ($this->history() as $row) {
            $out .= '<li>' . htmlspecialchars($row['method'] . ' ' . $row['uri'] . ' ' . $row['time'], ENT_QUOTES) . '</li>';
        }
        return $out . '</ol></div>';
    }
}
