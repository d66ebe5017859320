<?php
// A SOAP inventory service: its methods look up items by a numeric id and return escaped names;
// the one command it runs is fixed.
class Inventory
{
    private array $items = [1 => 'Bolt', 2 => 'Nut'];

    public function name($id)
    {
        $id = (int) $id;
        return htmlspecialchars($this->items[$id] ?? 'unknown', ENT_QUOTES, 'UTF-8');
    }

    public function uptime()
    {
        return shell_exec('uptime');
    }
}
$server = new SoapServer(null, ['uri' => 'urn:inventory']);
$server->setClass('Inventory');
$server->handle();
