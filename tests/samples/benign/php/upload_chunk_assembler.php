<?php
// Chunked upload of an image, finishing step: the Base64 chunks the client sent earlier were kept
// one per file in the session's spool directory; append them, in order, to the image.
function assemble_image(string $spool, string $id): string
{
    $target = __DIR__ . '/uploads/' . preg_replace('/[^a-f0-9]/', '', $id) . '.png';
    $parts = glob($spool . '/' . $id . '.part*') ?: array();
    natsort($parts);
    foreach ($parts as $part) {
        file_put_contents($target, base64_decode((string) file_get_contents($part)), FILE_APPEND);
    }
    return $target;
}
