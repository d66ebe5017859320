<?php
defined('BASEPATH') OR exit('No direct script access allowed');

class Documents extends CI_Controller
{
    public function upload()
    {
        $config['upload_path']   = './uploads/documents/';
        $config['allowed_types'] = 'gif|jpg|png|pdf';
        $config['max_size']      = 2048;
        $config['encrypt_name']  = TRUE;
        $this->load->library('upload', $config);

        if ( ! $this->upload->do_upload('userfile')) {
            $this->load->view('upload_form', array('error' => $this->upload->display_errors()));
            return;
        }
        $data = $this->upload->data();
        $this->db->insert('documents', array('file' => $data['file_name'], 'title' => $this->input->post('title', TRUE)));
        redirect('documents');
    }
}
