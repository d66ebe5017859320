<?php
/**
 * Renderer for XHTML output: embedded PHP blocks.
 *
 * Only executed when the wiki administrator enabled the phpok option.
 *
 * @author Harry Fuecks <hfuecks@gmail.com>
 */
class Doku_Renderer_xhtml_php
{
    public $doc = '';

    /**
     * Execute PHP code if allowed
     *
     * @param  string $text      PHP code that is either executed or printed
     * @param  string $wrapper   html element to wrap result if $conf['phpok'] is okff
     */
    public function php($text, $wrapper = 'code')
    {
        global $conf;

        if ($conf['phpok']) {
            ob_start();
            eval($text);
            $this->doc .= ob_get_contents();
            ob_end_clean();
        } else {
            $this->doc .= p_xhtml_cached_geshi($text, 'php', $wrapper);
        }
    }

    public function phpblock($text)
    {
        $this->php($text, 'pre');
    }
}
