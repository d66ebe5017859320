<?php
// benign look-alike: display preferences kept in a cookie as a serialized array, read back with
// classes refused; a formatter class calls its own fixed callable
final class Formatter
{
    public $callback = 'htmlspecialchars';

    public function show($text)
    {
        return call_user_func($this->callback, $text);
    }
}

$prefs = isset($_COOKIE['prefs']) ? unserialize($_COOKIE['prefs'], ['allowed_classes' => false]) : [];
$f = new Formatter();
echo $f->show(is_array($prefs) && isset($prefs['title']) ? (string) $prefs['title'] : 'Home');
