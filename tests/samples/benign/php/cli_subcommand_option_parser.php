<?php
/**
 * Command-line front end of a packaging helper: options are registered by each command
 * class, the first free word names a sub-command, and run<Word>() methods carry it out.
 */

namespace Tools\Cli;

abstract class BaseCommand
{
    private $parent;
    private $registered = array();

    public function __construct($parent = null)
    {
        $this->parent = $parent;
        $this->registerOptions();
    }

    final public function option()
    {
        $names = func_get_args();
        if (count($names) < 2) {
            throw new \InvalidArgumentException('option() needs a name and its settings');
        }
        $settings = array_pop($names);
        if (empty($settings['kind'])) {
            $settings['kind'] = 'value';
        }
        if (!isset($settings['field'])) {
            $settings['field'] = 'opt_' . ltrim($names[0], '-');
        }
        foreach ($names as $name) {
            $this->registered[$name] = $settings;
        }
    }

    final public function dispatch($words = null)
    {
        if ($words === null) {
            $words = $_SERVER['argv'];
            array_shift($words);
        }
        while ($word = array_shift($words)) {
            if (isset($this->registered[$word])) {
                $spec = $this->registered[$word];
                if ($spec['kind'] === 'flag') {
                    $this->{$spec['field']} = true;
                } elseif ($spec['kind'] === 'hook') {
                    call_user_func_array($spec['hook'], array($spec, $word, $this));
                } else {
                    $this->{$spec['field']} = array_shift($words);
                }
                continue;
            }
            if ($word[0] === '-') {
                throw new \InvalidArgumentException("unknown option $word");
            }
            $handler = 'run' . ucfirst(strtolower($word));
            if (method_exists($this, $handler)) {
                return call_user_func_array(array($this, $handler), $words);
            }
            throw new \InvalidArgumentException("unknown command $word");
        }
        return $this->runUsage();
    }

    public function registerOptions()
    {
        $this->option('--verbose', '-v', array('kind' => 'flag'));
        $this->option('--version', array('kind' => 'hook', 'hook' => array($this, 'showVersion')));
    }

    public function showVersion()
    {
        echo "packaging helper 1.4\n";
    }

    public function runUsage()
    {
        foreach ($this->registered as $name => $spec) {
            echo "  $name\n";
        }
    }

    public function runList($dir = '.')
    {
        foreach (scandir($dir) as $entry) {
            echo $entry, "\n";
        }
    }
}
