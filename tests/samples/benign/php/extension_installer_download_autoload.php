<?php
/**
 * Back-office extension installer: downloads an extension archive from the vendor's
 * marketplace (fixed host from the configuration), checks its SHA-256 against the
 * marketplace listing, unpacks it into the extensions folder and loads its autoloader.
 */
final class ExtensionInstaller
{
    public function __construct(private array $config, private string $extensionsDir) {}

    private function listing(string $slug): array
    {
        $url = rtrim($this->config['marketplace_url'], '/') . '/api/extensions/' . rawurlencode($slug);
        $json = file_get_contents($url, false, stream_context_create(['http' => ['timeout' => 15]]));
        $data = json_decode((string) $json, true);
        if (!is_array($data) || empty($data['download']) || empty($data['sha256'])) {
            throw new RuntimeException('Marketplace listing unavailable');
        }
        return $data;
    }

    public function install(string $slug): void
    {
        if (!preg_match('/^[a-z0-9][a-z0-9-]{1,40}$/', $slug)) {
            throw new InvalidArgumentException('Bad extension name');
        }
        $info = $this->listing($slug);
        $zip = tempnam(sys_get_temp_dir(), 'ext');
        copy($info['download'], $zip);
        if (!hash_equals($info['sha256'], hash_file('sha256', $zip))) {
            unlink($zip);
            throw new RuntimeException('Checksum mismatch');
        }
        $target = $this->extensionsDir . '/' . $slug;
        $archive = new ZipArchive();
        if ($archive->open($zip) !== true) {
            throw new RuntimeException('Broken archive');
        }
        $archive->extractTo($target);
        $archive->close();
        unlink($zip);
        if (is_file($target . '/vendor/autoload.php')) {
            require_once $target . '/vendor/autoload.php';
        }
    }
}
