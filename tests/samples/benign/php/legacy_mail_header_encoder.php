<?php
// Legacy mail helper kept for PHP 5 installations: encodes 8-bit characters of header values as
// RFC 2047 "Q" words. Each captured group is a single character, turned into "=XX" by string
// functions only.
class LegacyHeaderEncoder
{
    private $charset = 'ISO-8859-1';

    public function encode(array $headers)
    {
        foreach ($headers as $name => $value) {
            preg_match_all('/(\w*[\x80-\xFF]+\w*)/', $value, $words);
            foreach ($words[1] as $word) {
                $encoded = preg_replace('/([\x80-\xFF])/e',
                                        '"=" .
                                        strtoupper(dechex(ord("\1")))',
                                        $word);
                $value = str_replace($word, '=?' . $this->charset . '?Q?' . $encoded . '?=', $value);
            }
            $headers[$name] = $value;
        }
        return $headers;
    }
}
