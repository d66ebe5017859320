<?php
/**
 * PHP lets you run code interactively; this maintenance script gives you a
 * REPL with the application's configuration loaded.
 *
 * @file
 * @ingroup Maintenance
 */

if (PHP_SAPI !== 'cli') {
    die("This script must be run from the command line\n");
}

require_once __DIR__ . '/Maintenance.php';

class EvalPrompt extends Maintenance
{
    public function __construct()
    {
        parent::__construct();
        $this->addDescription('Evaluate PHP code read from standard input');
        $this->addOption('ignore-errors', 'Ignore errors', false, false);
    }

    public function execute()
    {
        $useReadline = function_exists('readline_add_history') && posix_isatty(0);
        $__ignoreErrors = $this->hasOption('ignore-errors');
        while (($__line = $useReadline ? readline('> ') : fgets(STDIN)) !== false) {
            if ($useReadline) {
                readline_add_history($__line);
            }
            try {
                $__val = eval($__line . ";");
            } catch (\Throwable $e) {
                fwrite(STDERR, "Caught exception " . get_class($e) . ": {$e->getMessage()}\n");
                continue;
            }
            if ($__val === null) {
                echo "\n";
            } else {
                var_dump($__val);
            }
        }
    }
}

$maintClass = EvalPrompt::class;
require_once RUN_MAINTENANCE_IF_MAIN;
