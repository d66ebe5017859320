<?php
// a shop plugin's REST controller: editors read and update store notices; the handler for a
// notice's style is picked from a fixed map, the text is sanitised, and only editors may write
class Store_Notices_REST {
    private $styles = array('info' => 'sanitize_text_field', 'html' => 'wp_kses_post');

    public function register() {
        register_rest_route('store-notices/v1', '/notices/(?P<id>\d+)', array(
            array('methods' => 'GET', 'callback' => array($this, 'get_notice'), 'permission_callback' => '__return_true'),
            array(
                'methods' => 'POST',
                'callback' => array($this, 'update_notice'),
                'permission_callback' => function () {
                    return current_user_can('edit_posts');
                },
            ),
        ));
    }

    public function get_notice(WP_REST_Request $request) {
        $notice = get_option('store_notice_' . absint($request['id']), array());
        return rest_ensure_response($notice);
    }

    public function update_notice(WP_REST_Request $request) {
        $style = (string) $request->get_param('style');
        $clean = isset($this->styles[$style]) ? $this->styles[$style] : 'sanitize_text_field';
        $text = call_user_func($clean, (string) $request->get_param('text'));
        update_option('store_notice_' . absint($request['id']), array('style' => $style, 'text' => $text));
        return rest_ensure_response(array('saved' => true));
    }
}
add_action('rest_api_init', array(new Store_Notices_REST(), 'register'));
