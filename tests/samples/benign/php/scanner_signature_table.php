<?php
/**
 * Site health: a pattern scanner for an admin dashboard. Each rule below is data: a regular
 * expression run over uploaded plugin files and a sentence shown next to a match. Nothing in
 * this table is executed.
 */

namespace SiteHealth\Scan;

final class PatternRules
{
    /** @var array<string, array{regex: string, level: string, text: string}> */
    private const RULES = [
        'packed_eval' => [
            'regex' => '/eval\s*\(\s*base64_decode\s*\(/i',
            'level' => 'high',
            'text'  => 'eval(base64_decode(...)) found — packed code that runs when the file loads.',
        ],
        'inflated_eval' => [
            'regex' => '/eval\s*\(\s*(?:gzinflate|gzuncompress|str_rot13)\s*\(/i',
            'level' => 'high',
            'text'  => 'eval(gzinflate(...)) found — compressed code executed at load time.',
        ],
        'request_exec' => [
            'regex' => '/\b(?:eval|assert|system|exec|passthru|shell_exec)\s*\(\s*\$_(?:GET|POST|REQUEST|COOKIE)/i',
            'level' => 'high',
            'text'  => 'Request input ($_GET/$_POST/$_COOKIE) handed straight to a code or command function.',
        ],
        'lambda' => [
            'regex' => '/create_function\s*\(/i',
            'level' => 'medium',
            'text'  => 'create_function() used — removed in PHP 8 and a common way to hide a callback.',
        ],
        'decoded_write' => [
            'regex' => '/file_put_contents\s*\(.*(?:base64_decode|gzinflate|str_rot13)/i',
            'level' => 'medium',
            'text'  => 'file_put_contents() with decoded data written to disk.',
        ],
        'input_include' => [
            'regex' => '/(?:include|require)(?:_once)?\s*[\(\s]*\$_(?:GET|POST|REQUEST|COOKIE)/i',
            'level' => 'high',
            'text'  => 'include() of a path taken from the request.',
        ],
        'underscore_call' => [
            'regex' => '/\$_(GET|POST|COOKIE|REQUEST)[\s]*\[[^\]]+\][\s]*\(/i',
            'level' => 'high',
            'text'  => 'A function name read from the request and called.',
        ],
        'variable_variable' => [
            'regex' => '/\${[\s]*\${.*?}(.*)?}/i',
            'level' => 'low',
            'text'  => 'Variable variables nested inside each other.',
        ],
    ];

    /**
     * @return list<array{line: int, rule: string, level: string, text: string}>
     */
    public function check(string $path): array
    {
        $found = [];
        $lines = @file($path, FILE_IGNORE_NEW_LINES);
        if ($lines === false) {
            return $found;
        }
        foreach ($lines as $number => $line) {
            foreach (self::RULES as $id => $rule) {
                if (preg_match($rule['regex'], $line) === 1) {
                    $found[] = [
                        'line'  => $number + 1,
                        'rule'  => $id,
                        'level' => $rule['level'],
                        'text'  => $rule['text'],
                    ];
                }
            }
        }

        return $found;
    }
}
