<?php
// form clean-up: each field through a fixed filter, one of them a named trimming callback
$definition = array(
    'name' => array('filter' => FILTER_CALLBACK, 'options' => 'trim'),
    'email' => FILTER_VALIDATE_EMAIL,
    'age' => array('filter' => FILTER_VALIDATE_INT, 'options' => array('min_range' => 1)),
);
$clean = filter_var_array($_POST, $definition);
$clean2 = filter_input_array(INPUT_GET, array('q' => array('filter' => FILTER_CALLBACK, 'options' => 'strtolower')));
echo htmlspecialchars((string) $clean['name']);
