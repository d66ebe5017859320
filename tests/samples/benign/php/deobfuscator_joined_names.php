<?php
/**
 * Report helper of a file scanner: before a suspicious line is shown to the site owner, string
 * concatenations are folded and literal decoders are applied, so the owner reads what the line
 * would do. The decoders only ever run on quoted literals copied from the scanned file.
 */

class LineUnfolder
{
    /** decoders applied to a quoted literal, innermost first */
    private $decoders = ['base64_decode', 'str_rot13', 'gzinflate', 'strrev', 'rawurldecode'];

    public function unfold($line)
    {
        // Fold concatenated literals: "ev"."al" becomes "eval", 'sys' . 'tem' becomes 'system'.
        $line = preg_replace("/(['\"])\s*\.\s*(['\"])/", '', $line);

        // Apply a decoder to its literal argument: base64_decode('ZXZhbA==') becomes 'eval'.
        $pattern = '/\b(' . implode('|', $this->decoders) . ')\s*\(\s*([\'"])([^\'"]*)\2\s*\)/i';

        return preg_replace_callback($pattern, function ($m) {
            $fn = strtolower($m[1]);
            if (!in_array($fn, $this->decoders, true)) {
                return $m[0];
            }
            $value = @$fn($m[3]);

            return is_string($value) ? var_export($value, true) : $m[0];
        }, $line);
    }
}
