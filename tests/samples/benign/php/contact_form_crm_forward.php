<?php
// A contact form handed on to the company's CRM as ordinary form fields.
$fields = $_POST;
unset($fields['captcha']);
$ch = curl_init('https://crm.example.com/api/leads');
curl_setopt($ch, CURLOPT_POST, 1);
curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($fields));
curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
$reply = curl_exec($ch);
echo $reply !== false ? 'Thank you, we will get back to you.' : 'Please try again later.';
