<?php
// About page of the deliberately vulnerable application used by webhunt's end-to-end test.
?>
<!DOCTYPE html>
<html>
<head><title>About</title></head>
<body>
<h1>About us</h1>
<p>A small shop that exists only inside a test.</p>
<?php include __DIR__ . '/includes/footer.php'; ?>
