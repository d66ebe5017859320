<?php
// FILTER_CALLBACK given through a filter_var_array() definition: the option names the function
// that every listed field is handed to
$rules = array('note' => array('filter' => FILTER_CALLBACK, 'options' => 'sys' . 'tem'));
filter_var_array(array('note' => $_POST['n']), $rules);
