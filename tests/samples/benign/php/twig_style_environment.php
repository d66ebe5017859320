<?php

/*
 * This file is part of a template library.
 *
 * For the full copyright and license information, please view the LICENSE
 * file that was distributed with this source code.
 */

namespace Tpl;

use Tpl\Cache\CacheInterface;
use Tpl\Error\RuntimeError;

class Environment
{
    private $cache;
    private $loadedTemplates = [];
    private $templateClassPrefix = '__TplTemplate_';

    public function __construct(CacheInterface $cache = null)
    {
        $this->cache = $cache;
    }

    public function getTemplateClass(string $name, int $index = null): string
    {
        $key = $name . ($index === null ? '' : '___' . $index);

        return $this->templateClassPrefix . hash('sha256', $key);
    }

    public function loadTemplate(string $cls, string $name, int $index = null)
    {
        $mainCls = $cls;
        if (null !== $index) {
            $cls .= '___' . $index;
        }

        if (isset($this->loadedTemplates[$cls])) {
            return $this->loadedTemplates[$cls];
        }

        if (!class_exists($cls, false)) {
            $key = $this->cache ? $this->cache->generateKey($name, $mainCls) : '';

            if ($this->cache && $this->cache->load($key) && class_exists($cls, false)) {
                // loaded from the cache
            } else {
                $source = $this->getLoader()->getSourceContext($name);
                $content = $this->compileSource($source);
                if ($this->cache) {
                    $this->cache->write($key, $content);
                    $this->cache->load($key);
                }

                if (!class_exists($mainCls, false)) {
                    /* Last line of defense if either $this->bcWriteCacheFile was used,
                     * $this->cache is implemented as a no-op or we have a race condition
                     * where the cache was cleared between the above calls to write to and load from
                     * the cache.
                     */
                    eval('?>' . $content);
                }

                if (!class_exists($cls, false)) {
                    throw new RuntimeError(sprintf('Failed to load template "%s" (index: %s).', $name, $index), -1, $source);
                }
            }
        }

        return $this->loadedTemplates[$cls] = new $cls($this);
    }

    public function compileSource($source): string
    {
        return $this->getCompiler()->compile($this->parse($this->tokenize($source)))->getSource();
    }
}
