<?php
// a status page whose variables are set before they are used; the form only posts back to it
$self = $_SERVER['PHP_SELF'];
$host = "127.0.0.1";
$count = 1;
if (isset($_POST['count']) && ctype_digit($_POST['count'])) {
    $count = (int) $_POST['count'];
}
if ($count > 5) {
    $count = 5;
}
echo "<pre>";
passthru("ping -c " . $count . " " . escapeshellarg($host));
echo "</pre>";
?>
<form action="<?php echo htmlspecialchars($self); ?>" method="post">
  <input type="text" name="host" value="<?php echo htmlspecialchars($host); ?>" readonly>
  <input type="text" name="count" value="<?php echo $count; ?>">
  <input type="submit" value="ping">
</form>
