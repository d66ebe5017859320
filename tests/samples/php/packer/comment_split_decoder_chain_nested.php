<?php
// test sample (inert): decoder chain with a comment between each name and its parenthesis
@eval /* 1 */ (gzinflate # 2
 ( base64_decode // 3
 ( 'S03OyFdQz0stLklNUShOzC3ISVW3BgA=' )));
