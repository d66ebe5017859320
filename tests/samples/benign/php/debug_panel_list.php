<?php
// Benign look-alike (webhunt): a debug toolbar listing its panels; the names mention the system
// and execution time but no panel runs a command.
$panels = [
    new Debug\SystemInfoPanel(),
    new Debug\ExecutionTimePanel(),
    new Debug\MemoryPanel(),
    new Debug\QueryPanel(),
];
foreach ($panels as $p) {
    echo $p->render();
}
