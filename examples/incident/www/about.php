<?php
declare(strict_types=1);

require __DIR__ . '/includes/functions.php';

render_header('About us');
?>
<h1>About us</h1>
<p>Harbour Lane Bakery opened in 1998 in the old net loft by the harbour. We bake every morning
from 4:00 with flour from the mill up the river and bake nothing the day before.</p>
<figure>
  <img src="/uploads/2026/11/team.jpg" alt="The team in front of the oven" width="480">
  <figcaption>The team, November 2026.</figcaption>
</figure>
<h2>Opening hours</h2>
<ul>
  <li>Tuesday to Friday: 7:00–15:00</li>
  <li>Saturday and Sunday: 7:30–14:00</li>
  <li>Monday: closed</li>
</ul>
<?php
render_footer();
