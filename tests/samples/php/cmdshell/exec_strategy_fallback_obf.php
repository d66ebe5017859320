<?php
// Inert test sample (webhunt): the same fallback list built one statement at a time under
// meaningless short aliases, the strategy classes fully qualified.
use Toolkit\App as A;
$z = [];
$z[] = new \Toolkit\R\ShellExecWay();
$z[] = new \Toolkit\R\BackticksWay();
$z[] = new \Toolkit\R\PassthruWay();
(new A($z))->go();
