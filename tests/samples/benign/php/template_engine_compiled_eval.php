<?php

namespace App\View\Engine;

use App\View\Compiler\TemplateCompiler;
use App\View\Exception\TemplateError;

/**
 * Renders compiled templates. Compiled PHP is produced by our own compiler from
 * templates shipped with the application and evaluated in an isolated scope.
 */
final class CompiledTemplate
{
    private TemplateCompiler $compiler;
    private string $cacheDir;

    public function __construct(TemplateCompiler $compiler, string $cacheDir)
    {
        $this->compiler = $compiler;
        $this->cacheDir = rtrim($cacheDir, '/');
    }

    public function render(string $name, array $context = []): string
    {
        $source = $this->loadSource($name);
        $compiled = $this->compiler->compile($source, $name);

        $level = ob_get_level();
        ob_start();
        try {
            $this->evaluate($compiled, $context);
        } catch (\Throwable $e) {
            while (ob_get_level() > $level) {
                ob_end_clean();
            }
            throw new TemplateError(sprintf('Error rendering "%s": %s', $name, $e->getMessage()), 0, $e);
        }

        return ob_get_clean();
    }

    private function evaluate(string $__compiled, array $__context): void
    {
        extract($__context, EXTR_SKIP);
        eval('?>' . $__compiled);
    }

    private function loadSource(string $name): string
    {
        $path = $this->cacheDir . '/../templates/' . str_replace('..', '', $name) . '.tpl';
        if (!is_file($path)) {
            throw new TemplateError(sprintf('Template "%s" not found', $name));
        }

        return (string) file_get_contents($path);
    }
}
