<?php
/**
 * Part of a lexer generator (PHP 5 era): literal tokens declared case-insensitive are turned
 * into regular expressions that accept either case of every letter.
 */
class TokenPatternBuilder
{
    private $tokens = array();
    private $caseless = false;

    public function setCaseless($flag)
    {
        $this->caseless = (bool) $flag;
    }

    public function addLiteral($name, $text)
    {
        $quoted = preg_quote($text, '/');
        if ($this->caseless) {
            $quoted = $this->makeCaseless($quoted);
        }
        $this->tokens[$name] = $quoted;
    }

    /**
     * "select" becomes "[sS][eE][lL][eE][cC][tT]"
     */
    private function makeCaseless($string)
    {
        return preg_replace('/[a-z]/ie', "'[\\0' . strtoupper('\\0') . ']'", strtolower($string));
    }

    public function compile()
    {
        $parts = array();
        foreach ($this->tokens as $name => $pattern) {
            $parts[] = '(?P<' . $name . '>' . $pattern . ')';
        }
        return '/' . implode('|', $parts) . '/A';
    }
}
