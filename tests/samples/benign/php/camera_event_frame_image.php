<?php
// Serves one frame of a recorded camera event as a JPEG. Events and frames are database records
// looked up by the ids in the request; a missing frame image is extracted from the event's video
// with ffmpeg, using the record's own offset and storage path.
require_once __DIR__ . '/includes/bootstrap.php';

$show = empty($_REQUEST['show']) ? 'capture' : $_REQUEST['show'];
$event = Cam\Event::find_one(array('Id' => $_REQUEST['eid']));
if (!$event) {
    header('HTTP/1.0 404 Not Found');
    return;
}
$frame = Cam\Frame::find_one(array('EventId' => $_REQUEST['eid'], 'FrameId' => $_REQUEST['fid']));
if (!$frame) {
    $frame = new Cam\Frame();
    $frame->Delta(1);
}
$path = $event->Path() . '/' . sprintf('%05d', $frame->FrameId()) . '-' . $show . '.jpg';

if (!file_exists($path)) {
    if ($show == 'capture' && $event->DefaultVideo()) {
        $command = CAM_FFMPEG . ' -ss ' . $frame->Delta() . ' -i ' . $event->Path() . '/' . $event->DefaultVideo()
            . ' -frames:v 1 ' . $path . ' 2>&1';
        $output = array();
        exec($command, $output, $status);
        if (!file_exists($path)) {
            header('HTTP/1.0 404 Not Found');
            error_log('frame extraction failed: ' . implode("\n", $output));
            return;
        }
    } else {
        header('HTTP/1.0 404 Not Found');
        return;
    }
}
header('Content-Type: image/jpeg');
readfile($path);
