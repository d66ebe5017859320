<?php
// A CodeIgniter contact form: the posted fields are validated, stored through the database
// layer and mailed; nothing the client sends is run.
defined('BASEPATH') or exit('No direct script access allowed');

class Contact extends CI_Controller
{
    public function send()
    {
        $email = filter_var($this->input->post('email'), FILTER_VALIDATE_EMAIL);
        $text = strip_tags((string) $this->input->post('message'));
        if ($email) {
            $this->db->insert('messages', ['email' => $email, 'body' => $text]);
            mail('office@example.com', 'Contact form', $text, 'Reply-To: ' . $email);
        }
        $this->load->view('contact_sent', ['email' => htmlspecialchars((string) $email)]);
    }
}
