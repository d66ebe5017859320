<?php
/**
 * Breadcrumb trail: the visited sections queue up and are printed in order, escaped.
 *
 * @package Theme
 */
$trail = new SplQueue();
$trail->enqueue('Home');
if (!empty($_GET['section'])) {
    $trail->enqueue(ucfirst((string) $_GET['section']));
}
$upper = strtoupper(...);
$parts = array();
while (!$trail->isEmpty()) {
    $parts[] = htmlspecialchars($upper($trail->dequeue()), ENT_QUOTES, 'UTF-8');
}
echo implode(' &raquo; ', $parts);

class Settings
{
    private $values = array('title' => 'Site');

    public function __get($name)
    {
        return isset($this->values[$name]) ? $this->values[$name] : '';
    }
}
$key = isset($_GET['key']) ? $_GET['key'] : 'title';
$settings = new Settings();
echo htmlspecialchars($settings->$key, ENT_QUOTES, 'UTF-8');
