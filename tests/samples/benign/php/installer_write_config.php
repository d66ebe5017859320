<?php
/**
 * Retrieves and creates the configuration file during installation.
 *
 * @package Installer
 */

define('INSTALLING', true);
require __DIR__ . '/../includes/bootstrap.php';

$step = isset($_GET['step']) ? (int) $_GET['step'] : 0;
if (file_exists(ABSPATH . 'config.php')) {
    install_die('The file config.php already exists. If you need to reset any of the configuration items in this file, please delete it first.');
}

function setup_config_display_header() {
    header('Content-Type: text/html; charset=utf-8');
    echo '<!DOCTYPE html><html><head><title>Setup Configuration File</title><link rel="stylesheet" href="css/install.css"></head><body class="setup">';
}

switch ($step) {
    case 0:
        setup_config_display_header();
        echo '<form method="post" action="setup-config.php?step=2">';
        echo '<p><label for="dbname">Database Name</label><input name="dbname" id="dbname" type="text" value="app"></p>';
        echo '<p><label for="uname">Username</label><input name="uname" id="uname" type="text" value="username"></p>';
        echo '<p><label for="pwd">Password</label><input name="pwd" id="pwd" type="password" autocomplete="off"></p>';
        echo '<p><label for="dbhost">Database Host</label><input name="dbhost" id="dbhost" type="text" value="localhost"></p>';
        echo '<p><label for="prefix">Table Prefix</label><input name="prefix" id="prefix" type="text" value="app_"></p>';
        echo '<input type="hidden" name="nonce" value="' . htmlspecialchars(install_nonce()) . '"><input type="submit" value="Submit"></form>';
        break;

    case 2:
        install_verify_nonce($_POST['nonce'] ?? '');
        $dbname = trim(install_unslash($_POST['dbname']));
        $uname  = trim(install_unslash($_POST['uname']));
        $pwd    = trim(install_unslash($_POST['pwd']));
        $dbhost = trim(install_unslash($_POST['dbhost']));
        $prefix = trim(install_unslash($_POST['prefix']));

        if (!preg_match('/^[A-Za-z0-9_]+$/', $prefix)) {
            install_die('<strong>Error:</strong> "Table Prefix" can only contain numbers, letters, and underscores.');
        }

        $db = new mysqli($dbhost, $uname, $pwd, $dbname);
        if ($db->connect_errno) {
            install_die('Error establishing a database connection.');
        }

        $config_file = file(ABSPATH . 'config-sample.php');
        $key = 0;
        foreach ($config_file as $line_num => $line) {
            if (!preg_match('/^define\(\s*\'([A-Z_]+)\',([ ]+)/', $line, $match)) {
                continue;
            }
            $constant = $match[1];
            $padding  = $match[2];
            switch ($constant) {
                case 'DB_NAME':
                case 'DB_USER':
                case 'DB_PASSWORD':
                case 'DB_HOST':
                    $value = array('DB_NAME' => $dbname, 'DB_USER' => $uname, 'DB_PASSWORD' => $pwd, 'DB_HOST' => $dbhost)[$constant];
                    $config_file[$line_num] = "define( '" . $constant . "'," . $padding . "'" . addcslashes($value, "\\'") . "' );\r\n";
                    break;
                case 'AUTH_KEY':
                case 'SECURE_AUTH_KEY':
                    $config_file[$line_num] = "define( '" . $constant . "'," . $padding . "'" . bin2hex(random_bytes(32)) . "' );\r\n";
                    break;
            }
        }
        $path_to_config = ABSPATH . 'config.php';
        $handle = fopen($path_to_config, 'w');
        foreach ($config_file as $line) {
            fwrite($handle, $line);
        }
        fclose($handle);
        chmod($path_to_config, 0640);
        setup_config_display_header();
        echo '<p>All right! You have made it through this part of the installation.</p><a href="install.php" class="button">Run the installation</a>';
        break;
}
