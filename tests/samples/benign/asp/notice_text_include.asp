<html>
<head><title>Opening hours</title></head>
<body>
<h1>Opening hours</h1>
<div class="notice">
<!--#include file="notice.txt"-->
</div>
<p>Call us on 555-0100 during office hours.</p>
</body>
</html>
