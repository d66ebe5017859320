<?php
// Theme header: palette colours (#14d3e7#-style swatch labels in the legend) and the theme's scripts.
$palette = array('primary' => '#14d3e7', 'accent' => '#a7c31f', 'muted' => '#d0d0d0');
?><style>
:root { --primary: <?php echo $palette['primary']; ?>; --accent: <?php echo $palette['accent']; ?>; }
</style>
<p class="legend">Swatches: #14d3e7# primary, #a7c31f# accent.</p>
<script src="/assets/theme.js"></script>
<script>window.palette = <?php echo json_encode($palette); ?>;</script>
