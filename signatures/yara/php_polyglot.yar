/*
 * PHP code where it does not belong: inside image files (GIF/JPEG/PNG/ICO/BMP headers)
 * or in files whose extension is not a PHP script. Such files are included by a loader
 * or mapped to the PHP handler by .htaccess / .user.ini tricks.
 */

rule WH_PHP_Code_In_Image
{
    meta:
        description = "image file (GIF/JPEG/PNG/ICO/BMP header) carrying PHP code with a code-execution or decoding call"
        score = 85
        family = "polyglot"
        language = "php"
    strings:
        $php = /<\?(php|=)/ nocase
        $sink = /\b(eval|assert|system|passthru|shell_exec|popen|proc_open|exec|base64_decode|gzinflate|str_rot13|create_function|include|require|file_put_contents|move_uploaded_file)\s*\(/ nocase
        $src = /\$_(GET|POST|REQUEST|COOKIE|FILES)\s*\[/
    condition:
        (uint32(0) == 0x38464947 or uint16(0) == 0xD8FF or uint32(0) == 0x474E5089 or uint32(0) == 0x00010000 or uint16(0) == 0x4D42 or uint32(0) == 0x46464952)
        and $php and ($sink or $src)
}

rule WH_PHP_Open_Tag_In_Image
{
    meta:
        description = "image file (by header) containing a PHP open tag"
        score = 55
        family = "polyglot"
        language = "php"
    strings:
        $php = "<?php" nocase
    condition:
        (uint32(0) == 0x38464947 or uint16(0) == 0xD8FF or uint32(0) == 0x474E5089 or uint32(0) == 0x00010000 or uint16(0) == 0x4D42)
        and $php
}

rule WH_PHP_Script_In_Non_Script_File
{
    meta:
        description = "PHP code with request input and a code/command execution call in a file whose extension is not a PHP script"
        score = 50
        family = "polyglot"
        language = "php"
    strings:
        $php = /<\?(php|=)/ nocase
        $sink = /\b(eval|assert|system|passthru|shell_exec|popen|proc_open|create_function|move_uploaded_file|file_put_contents)\s*\(|\$\w{1,20}\s*\(\s*\$_(GET|POST|REQUEST|COOKIE)/ nocase
        $src = /\$_(GET|POST|REQUEST|COOKIE|SERVER\s*\[\s*['"]HTTP_)|php:\/\/input/
    condition:
        extension != "" and
        not (extension matches /^(php[0-9s]?|phtml|pht|phar|inc|module|ctp|tpl|twig|html?|xhtml|md|rst|markdown)$/)
        and $php and $sink and $src
        // a text file that quotes PHP after its prose is documentation; one that opens with code is
        // kept to be included
        and (extension != "txt" or $php in (0..64))
        // a build template of a PHP script (config.php.in, settings.inc.php.dist): the source a
        // build or an installer copies to the .php name, read by the other layers as PHP
        and not (filename matches /\.(php[0-9s]?|inc|phtml)\.(in|dist)$/i)
}
