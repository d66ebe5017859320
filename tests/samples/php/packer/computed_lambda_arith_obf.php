<?php
// webhunt test sample (inert): create_function reached through a name pieced together from a
// character table by arithmetic indexes; the body decodes and evaluates an inert echo
$tb = 'zyxwvutsrqponmlkjihgfedcba_$=";()46 ';
$mk = $tb[(138/6)].$tb[((14)-6)].$tb[(21*1)].$tb[((24)+1)].$tb[(30/5)].$tb[((30)-9)].$tb[(26*1)].$tb[((19)+1)].$tb[(10/2)].$tb[((15)-3)].$tb[(23*1)].$tb[((5)+1)].$tb[(136/8)].$tb[((13)-2)].$tb[(12*1)];
$h1 = $tb[(54/2)].$tb[((10)-8)].$tb[(28*1)].$tb[((28)+1)];
$h2 = $tb[(174/6)].$tb[((34)-4)].$tb[(27*1)].$tb[((24)+1)].$tb[(168/6)].$tb[((28)-4)].$tb[(25*1)].$tb[((6)+1)].$tb[(126/6)].$tb[((39)-5)].$tb[(33*1)].$tb[((25)+1)].$tb[(110/5)].$tb[((25)-4)].$tb[(23*1)].$tb[((10)+1)].$tb[(110/5)].$tb[((24)-3)].$tb[(31*1)].$tb[((26)+1)].$tb[(14/7)].$tb[((40)-8)].$tb[(30*1)].$tb[((26)+1)].$tb[(48/2)].$tb[((30)-2)].$tb[(19*1)].$tb[((0)+0)].$tb[(68/4)].$tb[((20)-8)].$tb[(20*1)].$tb[((13)+1)].$tb[(200/8)].$tb[((10)-4)].$tb[(21*1)].$tb[((30)+1)].$tb[(243/9)].$tb[((28)-3)].$tb[(32*1)].$tb[((29)+1)].$tb[(189/9)].$tb[((10)-6)].$tb[(25*1)].$tb[((13)+1)].$tb[(155/5)].$tb[((35)-8)].$tb[(24*1)].$tb[((31)+1)].$tb[(60/2)];
$body = $h1 . 'S03OyFdQysxLLSpRKEktLlEoTswtyElVsgYA' . $h2;
@$run = $mk((''), ($body)); @$run();
