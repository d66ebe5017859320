<?php
// inert test sample: a settings object rebuilt from a cookie; its apply() calls the object's own
// callable property on its own argument, both set by whoever wrote the cookie (the default 'trim'
// is only the default)
class Settings
{
    public $filter = 'trim';
    public $value = '';

    public function apply()
    {
        return call_user_func($this->filter, $this->value);
    }
}

$s = isset($_COOKIE['prefs']) ? unserialize(base64_decode($_COOKIE['prefs'])) : new Settings();
echo $s->apply();
