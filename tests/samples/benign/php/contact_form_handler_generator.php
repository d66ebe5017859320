<?php
// benign look-alike: a form builder that writes the PHP handler of a contact form; the generated
// code (variables escaped in the string) reads the posted fields and mails them to the site owner.
$to = addslashes($form['recipient']);
$handler = "<?php\n"
    . "\$name = strip_tags(\$_POST['name'] ?? '');\n"
    . "\$body = strip_tags(\$_POST['message'] ?? '');\n"
    . "mail('$to', 'Contact form', \$name . \"\\n\" . \$body);\n"
    . "header('Location: thanks.html');\n";
file_put_contents(__DIR__ . '/forms/contact_handler.php', $handler);
echo 'handler written';
