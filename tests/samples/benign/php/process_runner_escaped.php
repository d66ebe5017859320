<?php
// Benign look-alike (webhunt): a deployment helper that runs a fixed program with escaped
// arguments; the caller's text is never run as it is.
class GitRunner
{
    private string $repo;

    public function __construct(string $repo)
    {
        $this->repo = $repo;
    }

    public function run(array $args): string
    {
        $line = 'git -C ' . escapeshellarg($this->repo);
        foreach ($args as $a) {
            $line .= ' ' . escapeshellarg($a);
        }
        return (string) shell_exec($line);
    }

    public function status(): string
    {
        return $this->run(['status', '--short']);
    }
}
