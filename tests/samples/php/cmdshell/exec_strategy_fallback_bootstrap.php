<?php
// Inert test sample (webhunt): the bootstrap of a modular shell, which lists one strategy object
// per PHP command function and later uses the first whose function is not disabled.
require __DIR__ . '/autoload.php';

$strategies = [
    new Toolkit\Runner\ProcOpenStrategy(),
    new Toolkit\Runner\PopenStrategy(),
    new Toolkit\Runner\SystemStrategy(),
    new Toolkit\Runner\PassthruStrategy(),
];
$app = new Toolkit\App($strategies, ['run' => new Toolkit\Action\RunAction()]);
echo $app->dispatch();
