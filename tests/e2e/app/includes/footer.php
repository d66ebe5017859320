<?php
// Shared page footer of the e2e test application.
?>
<footer>
  <p>&copy; Example Shop &middot; <a href="/about.php">About</a></p>
</footer>
</body>
</html>
