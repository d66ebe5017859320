<?php
/**
 * Database-backed session handler.
 */
final class DbSessionHandler implements SessionHandlerInterface
{
    public function __construct(private PDO $pdo)
    {
    }

    public function open(string $path, string $name): bool
    {
        return true;
    }

    public function close(): bool
    {
        return true;
    }

    public function read(string $id): string|false
    {
        $stmt = $this->pdo->prepare('SELECT data FROM sessions WHERE id = ? AND expires > ?');
        $stmt->execute([$id, time()]);
        return (string) $stmt->fetchColumn();
    }

    public function write(string $id, string $data): bool
    {
        $stmt = $this->pdo->prepare('REPLACE INTO sessions (id, data, expires) VALUES (?, ?, ?)');
        return $stmt->execute([$id, $data, time() + (int) ini_get('session.gc_maxlifetime')]);
    }

    public function destroy(string $id): bool
    {
        return $this->pdo->prepare('DELETE FROM sessions WHERE id = ?')->execute([$id]);
    }

    public function gc(int $max_lifetime): int|false
    {
        $stmt = $this->pdo->prepare('DELETE FROM sessions WHERE expires < ?');
        $stmt->execute([time()]);
        return $stmt->rowCount();
    }
}

$handler = new DbSessionHandler($pdo);
session_set_save_handler($handler, true);
register_shutdown_function('session_write_close');
session_start();
$_SESSION['last_seen'] = time();
