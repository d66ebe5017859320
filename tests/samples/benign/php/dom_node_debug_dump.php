<?php
// Debug dump of a parsed HTML node: the tag, its attributes and its internal info slots, printed
// as text for a developer.
class DumpableNode
{
    public $tag = 'div';
    public $attr = array();
    public $_ = array();

    public function dump()
    {
        $string = $this->tag;
        if (count($this->attr) > 0) {
            $string .= '(';
            foreach ($this->attr as $k => $v) {
                $string .= "[$k]=>\"$v\", ";
            }
            $string .= ')';
        }
        if (count($this->_) > 0) {
            $string .= ' $_ (';
            foreach ($this->_ as $k => $v) {
                $string .= "[$k]=>\"$v\", ";
            }
            $string .= ')';
        }
        return $string . "\n";
    }
}
