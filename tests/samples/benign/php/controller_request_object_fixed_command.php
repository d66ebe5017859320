<?php
/**
 * Module action: refreshes the thumbnail cache. The request only chooses a numeric size; the
 * command line is fixed and the value escaped.
 */
class Media_Thumbnails_Action extends Base_Ajax_Action
{
    public function process(Base_Request $request)
    {
        $size = (int) $request->get('size');
        $cmd = 'convert-thumbs --size ' . escapeshellarg((string) $size);
        exec($cmd, $lines, $status);
        $this->db->exec($request->get('note'));
        echo json_encode(array('ok' => $status === 0, 'lines' => count($lines)));
    }
}
