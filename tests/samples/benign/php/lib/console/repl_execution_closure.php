<?php
namespace Demo\Console;

final class ExecutionClosure
{
    private $closure;

    public function __construct(Shell $shell)
    {
        $this->closure = function () use ($shell) {
            try {
                extract($shell->getScopeVariables(false));
                $__psysh_out__ = eval($shell->onExecute($shell->flushCode() ?: 'return null;'));
                $shell->setScopeVariables(get_defined_vars());
                return $__psysh_out__;
            } catch (\Throwable $e) {
                throw $e;
            }
        };
    }

    public function execute()
    {
        $closure = $this->closure;
        return $closure();
    }
}
