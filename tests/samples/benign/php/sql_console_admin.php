<?php
/**
 * Database administration: run a read-only query against the application
 * database. Restricted to super administrators; every query is logged.
 *
 * @package DbAdmin
 */
declare(strict_types=1);

namespace DbAdmin\Controllers;

use DbAdmin\Auth;
use DbAdmin\Database;
use DbAdmin\Template;
use DbAdmin\AuditLog;

final class SqlController
{
    public function __construct(private Database $db, private Auth $auth, private Template $template, private AuditLog $log)
    {
    }

    public function index(array $request): string
    {
        $this->auth->requireRole('superadmin');
        $query = trim((string) ($request['sql_query'] ?? ''));
        $rows = [];
        $error = null;
        if ($query !== '') {
            $this->auth->checkToken((string) ($request['token'] ?? ''));
            if (!preg_match('/^\s*(SELECT|SHOW|EXPLAIN|DESCRIBE)\b/i', $query)) {
                $error = 'Only read-only statements are allowed here.';
            } else {
                $this->log->record($this->auth->user(), 'sql', $query);
                try {
                    $this->db->beginTransaction();
                    $stmt = $this->db->query($query);
                    $rows = $stmt->fetchAll(\PDO::FETCH_ASSOC);
                    $this->db->rollBack();
                } catch (\PDOException $e) {
                    $error = $e->getMessage();
                }
            }
        }

        return $this->template->render('sql', [
            'query' => $query,
            'rows' => array_slice($rows, 0, 1000),
            'error' => $error,
            'token' => $this->auth->token(),
        ]);
    }

    public function import(array $request, array $files): string
    {
        $this->auth->requireRole('superadmin');
        $this->auth->checkToken((string) ($request['token'] ?? ''));
        $file = $files['import_file'] ?? null;
        if ($file === null || $file['error'] !== UPLOAD_ERR_OK) {
            return $this->template->render('import', ['error' => 'No file uploaded']);
        }
        $ext = strtolower(pathinfo($file['name'], PATHINFO_EXTENSION));
        if (!in_array($ext, ['sql', 'gz', 'zip'], true)) {
            return $this->template->render('import', ['error' => 'Unsupported file type']);
        }
        $target = sys_get_temp_dir() . '/import-' . bin2hex(random_bytes(8)) . '.' . $ext;
        move_uploaded_file($file['tmp_name'], $target);
        $this->db->importFile($target);
        unlink($target);
        $this->log->record($this->auth->user(), 'import', basename($file['name']));

        return $this->template->render('import', ['ok' => true]);
    }
}
