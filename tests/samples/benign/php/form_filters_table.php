<?php
/**
 * Contact form: the filters applied to each field are configured by name (upper case in the
 * settings file) and normalised once before use.
 */
$filters = array('TRIM', 'STRIP_TAGS', 'STRTOLOWER');
for ($i = 0; $i < count($filters); $i++) {
    $filters[$i] = strtolower($filters[$i]);
}
$email = isset($_POST['email']) ? $_POST['email'] : '';
$email = $filters[2]($filters[1]($filters[0]($email)));
if (filter_var($email, FILTER_VALIDATE_EMAIL)) {
    echo 'Thanks, ' . htmlspecialchars($email);
}
