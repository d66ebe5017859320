<?php
// inert test sample: "template preview" that evaluates the template text the request sends;
// the {{name}} tags are replaced, everything around them runs as PHP.
$vars = ['site' => 'demo'];
$tpl = (string) ($_POST['tpl'] ?? '');
$php = preg_replace_callback('/\{\{\s*(\w+)\s*\}\}/', function ($m) {
    return '<?php echo $vars[' . var_export($m[1], true) . '] ?? ""; ?>';
}, $tpl);
ob_start();
eval('?>' . $php);
echo ob_get_clean();
